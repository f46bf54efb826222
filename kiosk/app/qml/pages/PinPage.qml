import QtQuick
import Kakanai
import "../components"

// PIN pad with the tries left; refuses to use the last try (the card would lock) and sends to staff.
Item {
    objectName: "pinPage"
    readonly property var id_: Kiosk.identify
    readonly property bool licence: id_.cardKind === "licence"
    function errorText(code) {
        switch (code) {
        case "card.wrong-pin": return qsTr("The PIN is not correct. Please check it and try again.")
        case "card.blocked": return qsTr("This card's PIN is locked. Staff can help you at the counter.")
        case "card.pin-one-try-left": return ""
        case "card.timeout": return qsTr("The card did not answer. Please take it out and insert it again.")
        case "": return ""
        }
        return qsTr("The card could not be read. Please try again, or ask staff.")
    }
    Column {
        width: parent.width - pad.width - 60
        spacing: 24
        visible: !id_.pinRefused
        Heading {
            width: parent.width
            text: licence ? qsTr("Enter your licence PIN (PIN 1, 4 digits)") : qsTr("Enter your card's 4-digit PIN")
        }
        KText {
            width: parent.width
            text: licence ? qsTr("The 4-digit PIN 1 you set when the licence was issued.")
                          : qsTr("The 4-digit PIN for the card's basic information (not the longer signature password).")
            color: theme.muted
        }
        Banner { width: parent.width; visible: text.length > 0; kind: "error"; text: errorText(id_.error) }
        KText {
            objectName: "triesLeft"
            width: parent.width
            visible: id_.triesLeft >= 0
            text: qsTr("Tries left before the card locks: %1").arg(id_.triesLeft)
            font.bold: true
        }
        PinDots { length: id_.pinLength }
        KText {
            width: parent.width
            visible: id_.reading
            text: qsTr("Reading your card… please do not take it out.")
            font.bold: true
        }
        KButton {
            objectName: "dontKnowPinButton"
            visible: licence && Kiosk.cameraAvailable
            text: qsTr("I don't know the PIN — use the camera")
            onClicked: id_.dontKnowPin()
        }
    }
    PinPad {
        id: pad
        visible: !id_.pinRefused
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        enabled: !id_.reading
        canSubmit: id_.pinLength === 4
        onDigit: (d) => id_.pinDigit(d)
        onErase: id_.pinBackspace()
        onSubmit: id_.pinSubmit()
    }
    Column { // one try left, or blocked: the kiosk will not spend it
        objectName: "pinRefusedView"
        width: parent.width
        visible: id_.pinRefused
        spacing: 30
        Heading { width: parent.width; text: qsTr("Please ask staff") }
        Banner {
            width: parent.width
            kind: "warning"
            text: id_.triesLeft <= 0 ? qsTr("This card's PIN is locked. Staff can help you at the counter.")
                                     : qsTr("Only one PIN try is left. So that your card does not lock, this kiosk will not use it.")
        }
        KText { width: parent.width; text: qsTr("Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.") }
        Row {
            spacing: 24
            KButton { objectName: "refusedCallStaff"; text: qsTr("Call staff"); kind: "danger"; onClicked: Kiosk.callStaff() }
            KButton { objectName: "refusedCamera"; visible: Kiosk.cameraAvailable; text: qsTr("Show your ID to the camera"); onClicked: id_.useCamera() }
        }
    }
}
