import QtQuick
import Kakanai
import "../components"

// The values read, each with its source; the ones to check are highlighted.
PageFrame {
    id: page
    objectName: "checkPage"
    title: qsTr("Check your details")
    Banner {
        objectName: "takeCardBanner"
        width: page.width
        visible: Kiosk.details.fromCard && Kiosk.identify.cardPresent
        kind: "warning"
        text: qsTr("Please take your card out of the reader now. It is not needed any more.")
    }
    scroll: DetailsList { width: page.width }
    actions: [
        KButton {
            id: next
            objectName: "checkNext"
            text: qsTr("Next") + " ▶"
            kind: "primary"
            enabled: Kiosk.details.canContinue
            onClicked: Kiosk.details.confirmDetails()
        },
        KText {
            width: page.width - next.width - 20
            anchors.verticalCenter: next.verticalCenter
            text: Kiosk.details.toCheck > 0 ? qsTr("%n item(s) to check or enter", "", Kiosk.details.toCheck)
                                             : qsTr("Everything is checked.")
            font.bold: Kiosk.details.toCheck > 0
        }
    ]
}
