import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// Attract screen: what the machine does in one sentence, where the card goes, one button.
Item {
    objectName: "welcomePage"
    RowLayout {
        anchors.fill: parent
        spacing: 60
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 36
            Heading {
                Layout.fillWidth: true
                text: qsTr("Fill in city office forms without writing")
                px: 64
            }
            KText {
                Layout.fillWidth: true
                text: qsTr("Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.")
                px: 40
            }
            KText {
                Layout.fillWidth: true
                text: qsTr("Choose your language below.")
                color: theme.muted
            }
            KButton {
                objectName: "startButton"
                text: qsTr("Start")
                kind: "primary"
                px: 56
                minWidth: 560
                Layout.preferredHeight: theme.target * 1.6
                onClicked: Kiosk.start()
            }
            Item { Layout.fillHeight: true }
        }
        Column {
            Layout.alignment: Qt.AlignVCenter
            spacing: 20
            CardSlotPicture { anchors.horizontalCenter: parent.horizontalCenter }
            KText {
                width: 560
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your card goes into the reader, face up")
            }
        }
    }
}
