import QtQuick

// Where the card goes: a reader seen from the front with a card going in, face up, chip first.
Item {
    id: pic
    implicitWidth: 520
    implicitHeight: 380
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Picture: the card goes into the reader below the screen, face up, chip first")
    Rectangle { // reader
        x: 60; y: 210; width: 400; height: 140; radius: 18
        color: "#3a3a3a"
        Rectangle { x: 40; y: 22; width: 320; height: 16; radius: 8; color: "#111111" }
        Rectangle { x: 170; y: 95; width: 60; height: 14; radius: 7; color: "#2fae4a" }
    }
    Rectangle { // card
        id: card
        x: 110; y: 20; width: 300; height: 190; radius: 16
        color: "#f4d9e2"
        border.width: 4; border.color: "#1a1a1a"
        Rectangle { x: 28; y: 60; width: 54; height: 42; radius: 6; color: "#c9a227"; border.color: "#6b5400"; border.width: 2 }
        Rectangle { x: 210; y: 40; width: 66; height: 84; color: "#b7c7d8" }
        Rectangle { x: 28; y: 130; width: 160; height: 12; color: "#8a6a74" }
        Rectangle { x: 28; y: 152; width: 120; height: 12; color: "#8a6a74" }
        SequentialAnimation on y {
            running: pic.visible
            loops: Animation.Infinite
            NumberAnimation { from: 10; to: 80; duration: 1400; easing.type: Easing.InOutQuad }
            PauseAnimation { duration: 600 }
            NumberAnimation { from: 80; to: 10; duration: 10 }
        }
    }
    KText { // arrow
        x: 440; y: 70
        text: "⬇"
        px: 96
        wrapMode: Text.NoWrap
        color: theme.primary
        Accessible.ignored: true
    }
}
