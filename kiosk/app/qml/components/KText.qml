import QtQuick

// Text with the kiosk's type: the language's font, large sizes, the larger-text toggle applied.
Text {
    property real px: theme.bodyPx
    // Off for the language names: they stay one size so the language bar always fits.
    property bool scales: true
    font.family: theme.font
    font.pixelSize: Math.round(px * (scales ? theme.scale : 1))
    color: theme.text
    wrapMode: Text.Wrap
    // The UD fonts have no line gap: give wrapped lines room.
    lineHeight: 1.15
    textFormat: Text.PlainText
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
