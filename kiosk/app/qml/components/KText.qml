import QtQuick
import QtQuick.Layouts

// Text with the kiosk's type: the language's font, large sizes, the larger-text toggle applied.
Text {
    property real px: theme.bodyPx
    font.family: theme.font
    font.pixelSize: Math.round(px * theme.scale)
    color: theme.text
    wrapMode: Text.Wrap
    // Layouts have no height-for-width: give them the wrapped height.
    Layout.preferredHeight: wrapMode === Text.NoWrap ? -1 : contentHeight
    textFormat: Text.PlainText
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
