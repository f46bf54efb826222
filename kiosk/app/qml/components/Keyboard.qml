import QtQuick
import Kakanai
import QtQuick.Layouts

// The on-screen keyboard (Debian's Qt virtual keyboard has no Japanese): a 50音 kana grid with
// 濁点・半濁点・小さい文字, kanji candidates for what was typed, an ABC grid and a number pad.
Rectangle {
    id: kb
    color: theme.background
    border.width: 4
    border.color: theme.primary
    radius: 16
    readonly property var ed: Kiosk.editor
    readonly property real key: theme.target
    // The keys are large already (22 mm): they keep their size with larger text so the keyboard fits.
    readonly property var kanaColumns: [
        ["あ", "い", "う", "え", "お"], ["か", "き", "く", "け", "こ"], ["さ", "し", "す", "せ", "そ"],
        ["た", "ち", "つ", "て", "と"], ["な", "に", "ぬ", "ね", "の"], ["は", "ひ", "ふ", "へ", "ほ"],
        ["ま", "み", "む", "め", "も"], ["や", "", "ゆ", "", "よ"], ["ら", "り", "る", "れ", "ろ"],
        ["わ", "を", "ん", "ー", "・"]]
    readonly property var abcRows: ["ABCDEFGHIJ", "KLMNOPQRST", "UVWXYZ-'.,"]
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Keyboard")

    function fieldLabel(f) {
        switch (f) {
        case "name": case "member_name": return qsTr("Name")
        case "name_kana": case "member_name_kana": return qsTr("Reading of your name (furigana)")
        case "birth_date": case "member_birth_date": return qsTr("Date of birth")
        case "address": return qsTr("Address")
        case "postal_code": return qsTr("Postal code (optional)")
        case "phone": return qsTr("Phone number (optional)")
        }
        return ed.label
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 14
        RowLayout {
            Layout.fillWidth: true
            spacing: 20
            Heading { Layout.fillWidth: true; text: kb.fieldLabel(ed.field) }
            KButton { objectName: "editorCancel"; text: qsTr("Cancel"); onClicked: ed.cancel() }
            KButton { objectName: "editorOk"; text: qsTr("OK"); kind: "primary"; enabled: ed.valid; onClicked: ed.accept() }
        }
        Rectangle { // what has been typed
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(theme.target, typed.implicitHeight + 20)
            color: theme.secondary
            border.width: 3
            border.color: theme.text
            radius: 8
            Row {
                id: typed
                x: 20
                anchors.verticalCenter: parent.verticalCenter
                KText { objectName: "editorText"; text: ed.mode === "date" ? kb.dateDigits(ed.text) : ed.text; px: theme.valuePx; wrapMode: Text.NoWrap }
                KText { objectName: "editorComposing"; text: ed.composing; px: theme.valuePx; font.underline: true; wrapMode: Text.NoWrap }
                KText { text: ed.mode === "date" && ed.dateText.length > 0 ? "　（" + ed.dateText + "）" : ""; px: theme.valuePx; wrapMode: Text.NoWrap; color: theme.muted }
                Rectangle { width: 4; height: theme.valuePx * theme.scale * 1.2; color: theme.text }
            }
        }
        Flickable { // kanji candidates
            Layout.fillWidth: true
            Layout.preferredHeight: theme.target + 8
            visible: ed.mode === "kana"
            clip: true
            contentWidth: candRow.implicitWidth
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.HorizontalFlick
            Row {
                id: candRow
                spacing: 10
                KText {
                    visible: ed.candidates.length === 0
                    text: qsTr("Type the reading, then choose the characters here")
                    color: theme.muted
                    height: theme.target
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.NoWrap
                }
                Repeater {
                    model: ed.candidates
                    KButton { objectName: "candidate" + index; text: modelData; minWidth: theme.target; px: theme.valuePx; onClicked: ed.chooseCandidate(index) }
                }
            }
        }
        RowLayout { // keyboards
            Layout.fillWidth: true
            spacing: 16
            Row { // kana
                visible: ed.mode === "kana"
                spacing: 8
                Repeater {
                    model: kb.kanaColumns
                    Column {
                        spacing: 8
                        Repeater {
                            model: modelData
                            Item {
                                width: kb.key; height: kb.key
                                KButton {
                                    anchors.fill: parent
                                    visible: modelData.length > 0
                                    minWidth: kb.key
                                    padding: 4; leftPadding: 4; rightPadding: 4
                                    objectName: "kana_" + modelData
                                    text: ed.katakana ? kb.toKata(modelData) : modelData
                                    px: theme.valuePx
                                    scalesWithText: false
                                    onClicked: ed.type(modelData)
                                }
                            }
                        }
                    }
                }
            }
            Grid { // ABC
                visible: ed.mode === "abc"
                columns: 10
                spacing: 8
                Repeater {
                    model: (kb.abcRows[0] + kb.abcRows[1] + kb.abcRows[2]).split("")
                    KButton { scalesWithText: false; width: kb.key; height: kb.key; minWidth: kb.key; padding: 4; leftPadding: 4; rightPadding: 4
                              objectName: "abc_" + modelData; text: modelData; px: theme.valuePx; onClicked: ed.type(modelData) }
                }
            }
            Grid { // digits
                visible: ed.mode === "digits" || ed.mode === "date"
                columns: 4
                spacing: 8
                Repeater {
                    model: ed.mode === "date" ? ["1","2","3","4","5","6","7","8","9","0"] : ["1","2","3","4","5","6","7","8","9","0","-"]
                    KButton { scalesWithText: false; width: kb.key * 1.4; height: kb.key; minWidth: kb.key * 1.4; objectName: "digit_" + modelData
                              text: modelData; px: theme.valuePx; onClicked: ed.type(modelData) }
                }
            }
            KText {
                visible: ed.mode === "date"
                Layout.preferredWidth: 520
                text: qsTr("Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.")
            }
            Item { Layout.fillWidth: true }
            Column { // editing keys
                spacing: 10
                KButton { scalesWithText: false; visible: ed.mode === "kana"; objectName: "kanaDakuten"; width: 300; text: qsTr("゛ (voiced)"); onClicked: ed.modify("dakuten") }
                KButton { scalesWithText: false; visible: ed.mode === "kana"; objectName: "kanaHandakuten"; width: 300; text: qsTr("゜ (p-sound)"); onClicked: ed.modify("handakuten") }
                KButton { scalesWithText: false; visible: ed.mode === "kana"; objectName: "kanaSmall"; width: 300; text: qsTr("Small ゃ ゅ ょ っ"); onClicked: ed.modify("small") }
                KButton { scalesWithText: false; objectName: "editorBackspace"; width: 300; text: qsTr("Delete one"); onClicked: ed.backspace() }
                KButton { scalesWithText: false; visible: ed.mode !== "date" && ed.mode !== "digits"; objectName: "editorSpace"; width: 300; text: qsTr("Space"); onClicked: ed.space() }
            }
        }
        Row { // keyboard choice
            spacing: 12
            visible: ed.mode !== "date"
            KButton { scalesWithText: false; objectName: "modeHiragana"; text: "ひらがな"; selected: ed.mode === "kana" && !ed.katakana; onClicked: { ed.setMode("kana"); ed.setKatakana(false) } }
            KButton { scalesWithText: false; objectName: "modeKatakana"; text: "カタカナ"; selected: ed.mode === "kana" && ed.katakana; onClicked: { ed.setMode("kana"); ed.setKatakana(true) } }
            KButton { scalesWithText: false; objectName: "modeAbc"; text: "ABC"; selected: ed.mode === "abc"; onClicked: ed.setMode("abc") }
            KButton { scalesWithText: false; objectName: "modeDigits"; text: "123"; selected: ed.mode === "digits"; onClicked: ed.setMode("digits") }
            KButton { scalesWithText: false; objectName: "editorClear"; text: qsTr("Clear all"); onClicked: ed.clearAll() }
        }
    }

    function toKata(s) {
        if (s.length !== 1) return s
        const c = s.charCodeAt(0)
        return (c >= 0x3041 && c <= 0x3096) ? String.fromCharCode(c + 0x60) : s
    }
    function dateDigits(t) {
        let out = ""
        for (let i = 0; i < 8; ++i) {
            out += i < t.length ? t[i] : "_"
            if (i === 3 || i === 5) out += " / "
        }
        return out
    }
}
