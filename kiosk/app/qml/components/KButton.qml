import QtQuick
import QtQuick.Controls.Basic

// The one button of the kiosk: at least 20 mm tall, high contrast, an accessible name and a press action
// (Qt 6.4's AT-SPI Press does not click a Controls button without Accessible.onPressAction).
AbstractButton {
    id: control
    property string kind: "secondary" // primary | secondary | danger | quiet
    property bool selected: false
    property real px: theme.buttonPx
    property bool scalesWithText: true
    property string detail: ""
    property real minWidth: theme.target * 2
    focusPolicy: Qt.NoFocus
    implicitHeight: Math.max(theme.target, content.implicitHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(minWidth, Math.min(content.naturalWidth + leftPadding + rightPadding, theme.maxButtonWidth))
    padding: 18
    leftPadding: 28
    rightPadding: 28
    Accessible.role: Accessible.Button
    Accessible.name: detail.length > 0 ? text + "、" + detail : text
    Accessible.onPressAction: control.clicked()
    opacity: enabled ? 1 : 0.999

    background: Rectangle {
        radius: 14
        color: !control.enabled ? theme.disabledBg
             : control.selected ? theme.selectedBg
             : control.kind === "primary" ? (control.down ? theme.primaryDown : theme.primary)
             : control.kind === "danger" ? theme.danger
             : control.kind === "quiet" ? theme.background
             : (control.down ? theme.secondaryDown : theme.secondary)
        border.width: control.selected ? 6 : 3
        border.color: control.selected ? theme.selectedBorder
                    : control.kind === "primary" ? theme.primary : theme.border
    }

    contentItem: Item {
      implicitHeight: content.implicitHeight
      Column {
        id: content
        width: parent.width
        anchors.verticalCenter: parent.verticalCenter
        spacing: 4
        // Measured apart from the laid-out texts (their implicit sizes follow the wrapping width: a loop).
        property real naturalWidth: Math.ceil(Math.max(mainMetrics.advanceWidth + (control.selected ? markMetrics.advanceWidth + 12 : 0),
                                                       control.detail.length > 0 ? detailMetrics.advanceWidth : 0)) + 4
        TextMetrics { id: mainMetrics; font: mainText.font; text: control.text }
        TextMetrics { id: markMetrics; font: mainText.font; text: "✓" }
        TextMetrics { id: detailMetrics; font: detailText.font; text: control.detail }
        Row {
            spacing: 12
            width: parent.width
            KText {
                id: mark
                visible: control.selected
                text: "✓"
                px: control.px
                scales: control.scalesWithText
                font.bold: true
                color: theme.selectedText
                wrapMode: Text.NoWrap
                Accessible.ignored: true
            }
            KText {
                id: mainText
                width: parent.width - (mark.visible ? mark.width + 12 : 0)
                text: control.text
                px: control.px
                scales: control.scalesWithText
                font.bold: control.kind === "primary"
                horizontalAlignment: Text.AlignHCenter
                color: !control.enabled ? theme.disabledText
                     : control.selected ? theme.selectedText
                     : (control.kind === "primary" || control.kind === "danger") ? theme.inverseText : theme.text
                Accessible.ignored: true
            }
        }
        KText {
            id: detailText
            visible: control.detail.length > 0
            width: parent.width
            text: control.detail
            px: theme.smallPx
            horizontalAlignment: Text.AlignHCenter
            color: (control.kind === "primary" || control.kind === "danger") && !control.selected ? theme.inverseText : theme.muted
            Accessible.ignored: true
        }
    }
    }
}
