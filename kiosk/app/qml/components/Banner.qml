import QtQuick

// A message that must be noticed: a symbol and a border as well as colour (never colour alone).
Rectangle {
    id: banner
    property alias text: label.text
    property string kind: "warning" // warning | error | info
    property string symbol: kind === "info" ? "ℹ" : "!"
    implicitHeight: label.implicitHeight + 36
    radius: 12
    color: kind === "error" ? theme.errorBg : kind === "info" ? theme.infoBg : theme.warningBg
    border.width: 4
    border.color: kind === "error" ? theme.error : kind === "info" ? theme.primary : theme.warningBorder
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text
    KText {
        id: sym
        x: 20
        anchors.verticalCenter: parent.verticalCenter
        text: banner.symbol
        font.bold: true
        px: theme.headingPx
        wrapMode: Text.NoWrap
        color: banner.kind === "error" ? theme.error : theme.text
        Accessible.ignored: true
    }
    KText {
        id: label
        x: 80
        width: parent.width - 100
        anchors.verticalCenter: parent.verticalCenter
        font.bold: true
        Accessible.ignored: true
    }
}
