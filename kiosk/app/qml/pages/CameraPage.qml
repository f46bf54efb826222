import QtQuick
import Kakanai
import "../components"

// Live view with the card outline; the photo is taken by itself once the card is still.
Item {
    objectName: "cameraPage"
    readonly property var id_: Kiosk.identify
    Rectangle {
        id: view
        width: 960
        height: 600
        color: "#333333"
        Image {
            objectName: "cameraView"
            anchors.fill: parent
            source: id_.cameraFrame
            cache: false
            fillMode: Image.PreserveAspectFit
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Camera view")
        }
        Rectangle { // where the card should lie
            x: 200; y: 120; width: 560; height: 360
            color: "transparent"
            radius: 18
            border.width: 8
            border.color: id_.cameraStill ? "#2fae4a" : "#ffffff"
        }
    }
    Column {
        x: view.width + 50
        width: parent.width - x
        spacing: 24
        Heading { width: parent.width; text: qsTr("Place your ID under the camera") }
        KText {
            objectName: "cameraHint"
            width: parent.width
            visible: text.length > 0
            px: 38
            font.bold: true
            text: id_.error.length > 0 ? ""
                : !id_.cameraCard ? qsTr("Lay the card inside the white frame, face up.")
                : !id_.cameraStill ? qsTr("Hold still…")
                : qsTr("Taking the photo… keep still.")
        }
        Banner {
            width: parent.width
            visible: id_.error.length > 0
            kind: "error"
            text: id_.error === "camera.unavailable" ? qsTr("The camera is not available. Please ask staff.")
                : qsTr("The photo could not be read. Please try again, or ask staff.")
        }
        KButton { objectName: "retryCamera"; visible: id_.error.length > 0; text: qsTr("Try again"); kind: "primary"; onClicked: id_.retryCamera() }
        KText { width: parent.width; text: qsTr("The photo is used only to read your details and is deleted at once."); color: theme.muted }
        KButton { objectName: "cameraStaff"; text: qsTr("Staff will help"); onClicked: id_.useStaff() }
    }
}
