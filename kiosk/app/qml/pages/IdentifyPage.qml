import QtQuick
import Kakanai
import "../components"

// Insert a card (the kiosk moves on by itself), or take another way.
Item {
    id: page
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
    // The instruction spans the screen: it is the one thing to read here.
    Heading { id: heading; width: parent.width; text: qsTr("Insert your My Number card or driver's licence") }
    Column {
        y: heading.height + 26
        width: parent.width - side.width - 50
        spacing: 26
        Banner { width: parent.width; visible: id_.error.length > 0; kind: "error"; text: errorText(id_.error) }
        Banner {
            width: parent.width
            visible: !id_.readerConnected
            kind: "info"
            text: qsTr("The card reader is not available. Please use the camera or ask staff.")
        }
        CardSlotPicture { anchors.horizontalCenter: parent.horizontalCenter; visible: id_.readerConnected }
    }
    Column {
        id: side
        anchors.right: parent.right
        y: heading.height + Math.max(26, (parent.height - heading.height - height) / 2)
        width: 700
        spacing: 24
        KText { width: parent.width; text: qsTr("No card, or you do not know the PIN?"); font.bold: true }
        KButton {
            objectName: "useCameraButton"
            width: parent.width
            visible: Kiosk.cameraAvailable
            text: qsTr("Show your ID to the camera")
            detail: qsTr("driver's licence, residence card, My Number card")
            onClicked: id_.useCamera()
        }
        KButton {
            objectName: "staffHelpButton"
            width: parent.width
            text: qsTr("Staff will help")
            detail: qsTr("a staff member types your details")
            onClicked: id_.useStaff()
        }
    }
}
