import QtQuick

// A modal question over the screen: dims everything, one panel with large text and buttons.
Rectangle {
    id: overlay
    default property alias content: panelColumn.data
    anchors.fill: parent
    color: "#cc000000"
    Accessible.role: Accessible.Dialog
    MouseArea { anchors.fill: parent } // nothing behind it reacts
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 200, 1300)
        height: panelColumn.implicitHeight + 96
        radius: 20
        color: theme.background
        border.width: 5
        border.color: theme.primary
        Column {
            id: panelColumn
            x: 48; y: 48
            width: parent.width - 96
            spacing: 32
        }
    }
}
