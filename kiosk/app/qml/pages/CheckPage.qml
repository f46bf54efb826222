import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// The values read, each with its source; the ones to check are highlighted.
Item {
    objectName: "checkPage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 18
        Heading { Layout.fillWidth: true; text: qsTr("Check your details") }
        Banner {
            objectName: "takeCardBanner"
            Layout.fillWidth: true
            visible: Kiosk.details.fromCard && Kiosk.identify.cardPresent
            kind: "warning"
            text: qsTr("Please take your card out of the reader now. It is not needed any more.")
        }
        DetailsList { Layout.fillWidth: true; Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            KText {
                Layout.fillWidth: true
                text: Kiosk.details.toCheck > 0 ? qsTr("%n item(s) to check or enter", "", Kiosk.details.toCheck)
                                                 : qsTr("Everything is checked.")
                font.bold: Kiosk.details.toCheck > 0
            }
            KButton {
                objectName: "checkNext"
                text: qsTr("Next") + " ▶"
                kind: "primary"
                enabled: Kiosk.details.canContinue
                onClicked: Kiosk.details.confirmDetails()
            }
        }
    }
}
