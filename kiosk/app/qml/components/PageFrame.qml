import QtQuick

// A screen: heading and content from the top, a scrolling middle when needed, actions at the bottom.
// Plain positioners (not Layouts): Qt Quick Layouts have no height-for-width, so wrapped text would overlap.
Item {
    id: frame
    property alias title: heading.text
    default property alias content: body.data
    property alias actions: actionRow.data
    property alias scroll: scrollColumn.data
    readonly property real bodyWidth: width
    Column {
        id: top
        width: parent.width
        spacing: 20
        Heading { id: heading; width: parent.width; visible: text.length > 0 }
        Column { id: body; width: parent.width; spacing: 20 }
    }
    Flickable {
        id: flick
        y: top.height + (scrollColumn.children.length > 0 ? 20 : 0)
        width: parent.width
        height: Math.max(0, actionBar.y - y - 20)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        contentHeight: scrollColumn.height
        visible: scrollColumn.children.length > 0
        Column { id: scrollColumn; width: flick.width; spacing: 14 }
    }
    Item {
        id: actionBar
        width: parent.width
        height: actionRow.height
        y: parent.height - height
        Row {
            id: actionRow
            anchors.right: parent.right
            spacing: 20
            layoutDirection: Qt.RightToLeft
        }
    }
}
