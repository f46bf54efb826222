import QtQuick

// Masked echo of the PIN: filled circles, nothing else.
Row {
    property int length: 0
    property int max: 4
    spacing: 24
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1 of %2 digits entered").arg(length).arg(max)
    Repeater {
        model: parent.max
        Rectangle {
            width: 56; height: 56; radius: 28
            color: index < parent.length ? theme.text : theme.background
            border.width: 4
            border.color: theme.text
        }
    }
}
