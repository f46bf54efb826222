import QtQuick

// Numeric pad in fixed order (like an ATM), large keys; digits go straight to C++ (locked memory).
Grid {
    id: pad
    signal digit(int d)
    signal erase()
    signal submit()
    property bool canSubmit: false
    property real key: theme.target * 1.25
    columns: 3
    spacing: 14
    Repeater {
        model: [1, 2, 3, 4, 5, 6, 7, 8, 9]
        KButton {
            objectName: "pinKey" + modelData
            width: pad.key * 1.5; height: pad.key
            minWidth: pad.key * 1.5
            text: modelData
            px: theme.headingPx
            onClicked: pad.digit(modelData)
        }
    }
    KButton {
        objectName: "pinErase"
        width: pad.key * 1.5; height: pad.key
        minWidth: pad.key * 1.5
        leftPadding: 8; rightPadding: 8 // "Delete" is long in some languages
        text: qsTr("Delete")
        onClicked: pad.erase()
    }
    KButton {
        objectName: "pinKey0"
        width: pad.key * 1.5; height: pad.key
        minWidth: pad.key * 1.5
        text: "0"
        px: theme.headingPx
        onClicked: pad.digit(0)
    }
    KButton {
        objectName: "pinOk"
        width: pad.key * 1.5; height: pad.key
        minWidth: pad.key * 1.5
        kind: "primary"
        enabled: pad.canSubmit
        text: qsTr("OK")
        onClicked: pad.submit()
    }
}
