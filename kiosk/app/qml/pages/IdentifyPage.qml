import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// Insert a card (the kiosk moves on by itself), or take another way.
Item {
    objectName: "identifyPage"
    readonly property var id_: Kiosk.identify
    function errorText(code) {
        switch (code) {
        case "card.removed": return qsTr("The card was taken out. Please insert it again.")
        case "card.unsupported": return qsTr("This card cannot be read here. Please use the camera or ask staff.")
        case "card.no-card": return qsTr("No card was found. Please insert it again.")
        case "": return ""
        }
        return qsTr("The card could not be read. Please try again, or ask staff.")
    }
    RowLayout {
        anchors.fill: parent
        spacing: 50
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 26
            Heading { Layout.fillWidth: true; text: qsTr("Insert your My Number card or driver's licence") }
            Banner {
                Layout.fillWidth: true
                visible: id_.error.length > 0
                kind: "error"
                text: errorText(id_.error)
            }
            Banner {
                Layout.fillWidth: true
                visible: !id_.readerConnected
                kind: "info"
                text: qsTr("The card reader is not available. Please use the camera or ask staff.")
            }
            CardSlotPicture { Layout.alignment: Qt.AlignHCenter; visible: id_.readerConnected }
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            Layout.preferredWidth: 700
            Layout.alignment: Qt.AlignVCenter
            spacing: 24
            KText { Layout.fillWidth: true; text: qsTr("No card, or you do not know the PIN?"); font.bold: true }
            KButton {
                objectName: "useCameraButton"
                Layout.fillWidth: true
                visible: Kiosk.cameraAvailable
                text: qsTr("Show your ID to the camera")
                detail: qsTr("driver's licence, residence card, My Number card")
                onClicked: id_.useCamera()
            }
            KButton {
                objectName: "staffHelpButton"
                Layout.fillWidth: true
                text: qsTr("Staff will help")
                detail: qsTr("a staff member types your details")
                onClicked: id_.useStaff()
            }
        }
    }
}
