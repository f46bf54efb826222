import QtQuick
import Kakanai
import "../components"

// "Staff will help": a staff member types the details with the resident.
PageFrame {
    id: page
    objectName: "staffEntryPage"
    title: qsTr("A staff member will type your details")
    Banner { width: page.width; kind: "info"; text: qsTr("Staff have been called. Please wait here; they will come to you.") }
    scroll: DetailsList { width: page.width }
    actions: KButton {
        objectName: "staffEntryDone"
        text: qsTr("Next") + " ▶"
        kind: "primary"
        enabled: Kiosk.details.canContinue
        onClicked: Kiosk.details.staffEntryDone()
    }
}
