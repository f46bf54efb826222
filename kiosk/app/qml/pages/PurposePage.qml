import QtQuick
import Kakanai
import "../components"

// The purpose of reading the card, stated before anything is read (personal-information law).
PageFrame {
    id: page
    objectName: "purposePage"
    title: qsTr("Before we read your ID")
    Repeater {
        model: [
            qsTr("We read your name, address, date of birth and sex, only to fill in the forms you chose."),
            qsTr("We never read or print your My Number (individual number)."),
            qsTr("Nothing is kept on this machine: everything is deleted when you finish or walk away."),
            qsTr("Staff check your ID at the counter as usual.")
        ]
        Row {
            spacing: 20
            KText { id: dot; text: "●"; wrapMode: Text.NoWrap; color: theme.primary; Accessible.ignored: true }
            KText { width: page.width - dot.width - 20; text: modelData; px: 38 }
        }
    }
    actions: KButton {
        objectName: "purposeOk"
        text: qsTr("I understand — continue") + " ▶"
        kind: "primary"
        onClicked: Kiosk.purposeAccepted()
    }
}
