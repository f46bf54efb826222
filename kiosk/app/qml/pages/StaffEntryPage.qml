import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// "Staff will help": a staff member types the details with the resident.
Item {
    objectName: "staffEntryPage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 20
        Heading { Layout.fillWidth: true; text: qsTr("A staff member will type your details") }
        Banner { Layout.fillWidth: true; kind: "info"; text: qsTr("Staff have been called. Please wait here; they will come to you.") }
        DetailsList { Layout.fillWidth: true; Layout.fillHeight: true }
        KButton {
            objectName: "staffEntryDone"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Next") + " ▶"
            kind: "primary"
            enabled: Kiosk.details.canContinue
            onClicked: Kiosk.details.staffEntryDone()
        }
    }
}
