import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// The purpose of reading the card, stated before anything is read (personal-information law).
Item {
    objectName: "purposePage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 26
        Heading { Layout.fillWidth: true; text: qsTr("Before we read your ID") }
        Repeater {
            model: [
                qsTr("We read your name, address, date of birth and sex, only to fill in the forms you chose."),
                qsTr("We never read or print your My Number (individual number)."),
                qsTr("Nothing is kept on this machine: everything is deleted when you finish or walk away."),
                qsTr("Staff check your ID at the counter as usual.")
            ]
            RowLayout {
                Layout.fillWidth: true
                spacing: 20
                KText { text: "●"; wrapMode: Text.NoWrap; color: theme.primary; Layout.alignment: Qt.AlignTop; Accessible.ignored: true }
                KText { Layout.fillWidth: true; text: modelData; px: 38 }
            }
        }
        Item { Layout.fillHeight: true }
        KButton {
            objectName: "purposeOk"
            Layout.alignment: Qt.AlignRight
            text: qsTr("I understand — continue") + " ▶"
            kind: "primary"
            onClicked: Kiosk.purposeAccepted()
        }
    }
}
