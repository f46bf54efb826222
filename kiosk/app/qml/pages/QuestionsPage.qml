import QtQuick
import Kakanai
import "../components"

// One question per screen, generated from the form template, with its default already chosen.
PageFrame {
    id: page
    objectName: "questionsPage"
    readonly property var q: Kiosk.questions
    readonly property var cur: q.current
    KText {
        objectName: "questionProgress"
        width: page.width
        text: (cur.form || "") + "　—　" + qsTr("Question %1 of %2").arg(q.number).arg(q.total)
        color: theme.muted
    }
    Heading { objectName: "questionLabel"; width: page.width; text: cur.label || "" }
    KText { width: page.width; visible: (cur.help || "").length > 0; text: cur.help || ""; color: theme.muted }
    scroll: [
        Flow { // choice / multi
            width: page.width
            spacing: 16
            visible: cur.type === "choice" || cur.type === "multi"
            Repeater {
                model: cur.choices || []
                KButton {
                    objectName: "choice_" + modelData.value
                    width: (page.width - 16) / 2
                    text: modelData.label
                    selected: modelData.selected
                    onClicked: q.choose(modelData.value)
                }
            }
        },
        Row { // count
            spacing: 40
            visible: cur.type === "count"
            KButton { objectName: "countMinus"; text: "−"; px: 60; minWidth: theme.target * 1.4; enabled: cur.count > cur.min; onClicked: q.setCount(cur.count - 1); Accessible.name: qsTr("One less") }
            KText { objectName: "countValue"; text: cur.count; px: 80; font.bold: true; wrapMode: Text.NoWrap; anchors.verticalCenter: parent.verticalCenter }
            KButton { objectName: "countPlus"; text: "＋"; px: 60; minWidth: theme.target * 1.4; enabled: cur.count < cur.max; onClicked: q.setCount(cur.count + 1); Accessible.name: qsTr("One more") }
        },
        Row { // bool
            spacing: 24
            visible: cur.type === "bool"
            KButton { objectName: "boolYes"; text: qsTr("Yes"); selected: cur.bool === true; onClicked: q.setBool(true) }
            KButton { objectName: "boolNo"; text: qsTr("No"); selected: cur.bool === false; onClicked: q.setBool(false) }
        },
        Column { // text / date
            width: page.width
            spacing: 16
            visible: cur.type === "text" || cur.type === "date"
            KText { width: parent.width; text: (cur.display || "").length > 0 ? cur.display : (cur.required ? qsTr("(missing: please enter)") : qsTr("(none — you may leave this empty)")); px: theme.valuePx }
            KButton { objectName: "answerText"; text: (cur.display || "").length > 0 ? qsTr("Change") : qsTr("Enter"); onClicked: q.editText() }
        }
    ]
    actions: KButton {
        objectName: "questionNext"
        text: qsTr("Next") + " ▶"
        kind: "primary"
        enabled: q.canNext
        onClicked: q.next()
    }
}
