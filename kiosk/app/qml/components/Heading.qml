import QtQuick

KText {
    px: theme.headingPx
    font.bold: true
    Accessible.role: Accessible.Heading
}
