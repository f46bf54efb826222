import QtQuick
import QtQuick.Layouts

// One value on "check your details": label, value, where it came from, and what to do about it.
Rectangle {
    id: row
    property var field
    property string label
    property string hint: ""
    signal confirm()
    signal change()
    width: parent ? parent.width : 800
    implicitHeight: Math.max(layout.implicitHeight + 28, theme.target + 28)
    radius: 12
    color: field && field.needsCheck ? theme.warningBg : theme.background
    border.width: field && field.needsCheck ? 5 : 2
    border.color: field && field.needsCheck ? theme.warningBorder : theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: label

    function sourceText(s) {
        switch (s) {
        case "card": return qsTr("from your card")
        case "photo": return qsTr("from the photo")
        case "staff": return qsTr("entered by staff")
        case "you": return qsTr("entered by you")
        case "suggested": return qsTr("suggestion: is this right?")
        case "derived": return qsTr("worked out from your card")
        }
        return ""
    }

    RowLayout {
        id: layout
        x: 20; y: 14
        width: parent.width - 40
        spacing: 20
        Column {
            Layout.preferredWidth: parent.width * 0.24
            Layout.alignment: Qt.AlignVCenter
            spacing: 4
            KText { width: parent.width; text: row.label; font.bold: true }
            KText { width: parent.width; visible: row.hint.length > 0; text: row.hint; px: theme.smallPx; color: theme.muted }
        }
        Column {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: 4
            KText {
                objectName: "value_" + (row.field ? row.field.key : "")
                width: parent.width
                text: row.field && row.field.display.length > 0 ? row.field.display
                      : (row.field && row.field.required ? qsTr("(missing: please enter)") : qsTr("(none)"))
                px: theme.valuePx
                color: row.field && row.field.display.length > 0 ? theme.text : theme.muted
            }
            KText {
                width: parent.width
                visible: text.length > 0
                text: (row.field && row.field.needsCheck ? "⚠ " + qsTr("Please check") + "　" : "") + row.sourceText(row.field ? row.field.source : "")
                px: theme.smallPx
                color: theme.muted
            }
        }
        KButton {
            objectName: "confirm_" + (row.field ? row.field.key : "")
            visible: row.field && row.field.needsCheck && row.field.display.length > 0
            text: qsTr("Correct")
            kind: "primary"
            Layout.alignment: Qt.AlignVCenter
            onClicked: row.confirm()
        }
        KButton {
            objectName: "change_" + (row.field ? row.field.key : "")
            text: row.field && row.field.display.length > 0 ? qsTr("Change") : qsTr("Enter")
            Layout.alignment: Qt.AlignVCenter
            onClicked: row.change()
        }
    }
}
