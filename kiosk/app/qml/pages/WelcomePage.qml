import QtQuick
import Kakanai
import "../components"

// Attract screen: what the machine does in one sentence, where the card goes, one button.
Item {
    objectName: "welcomePage"
    Column {
        width: parent.width - picture.width - 60
        spacing: 36
        Heading { width: parent.width; text: qsTr("Fill in city office forms without writing"); px: 64 }
        KText {
            width: parent.width
            text: qsTr("Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.")
            px: 40
        }
        KText { width: parent.width; text: qsTr("Choose your language below."); color: theme.muted }
        KButton {
            objectName: "startButton"
            text: qsTr("Start")
            kind: "primary"
            px: 56
            minWidth: 560
            height: Math.max(implicitHeight, theme.target * 1.6)
            onClicked: Kiosk.start()
        }
    }
    Column {
        id: picture
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: 560
        spacing: 20
        CardSlotPicture { anchors.horizontalCenter: parent.horizontalCenter }
        KText { width: parent.width; horizontalAlignment: Text.AlignHCenter; text: qsTr("Your card goes into the reader, face up") }
    }
}
