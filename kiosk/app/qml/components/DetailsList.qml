import QtQuick
import Kakanai

// The resident's values as rows (check screen and staff entry).
Column {
    id: list
    function labelOf(key) {
        switch (key) {
        case "name": return qsTr("Name")
        case "name_kana": return qsTr("Reading of your name (furigana)")
        case "birth_date": return qsTr("Date of birth")
        case "sex": return qsTr("Sex")
        case "address": return qsTr("Address")
        case "postal_code": return qsTr("Postal code (optional)")
        case "phone": return qsTr("Phone number (optional)")
        }
        return key
    }
    function sexText(v) {
        switch (v) {
        case "male": return qsTr("Male")
        case "female": return qsTr("Female")
        case "not-known": return qsTr("Not stated")
        }
        return ""
    }
    spacing: 12
        Repeater {
            model: Kiosk.details.fields
            Loader {
                width: list.width
                sourceComponent: modelData.key === "sex" ? sexRow : fieldRow
                property var f: modelData
            }
        }
    Component {
        id: fieldRow
        FieldRow {
            field: f
            label: list.labelOf(f.key)
            hint: f.key === "name_kana" ? qsTr("as registered at the city office") : ""
            onConfirm: Kiosk.details.confirmField(f.key)
            onChange: Kiosk.details.editField(f.key)
        }
    }
    Component {
        id: sexRow
        Rectangle {
            width: list.width
            implicitHeight: sexLayout.implicitHeight + 28
            radius: 12
            color: f.needsCheck ? theme.warningBg : theme.background
            border.width: f.needsCheck ? 5 : 2
            border.color: f.needsCheck ? theme.warningBorder : theme.border
            Row {
                id: sexLayout
                x: 20; y: 14
                spacing: 20
                KText { width: (list.width - 40) * 0.24; text: list.labelOf("sex"); font.bold: true; anchors.verticalCenter: parent.verticalCenter }
                Repeater {
                    model: ["female", "male", "not-known"]
                    KButton {
                        objectName: "sex_" + modelData
                        text: list.sexText(modelData)
                        selected: f.value === modelData
                        onClicked: Kiosk.details.setSex(modelData)
                    }
                }
            }
        }
    }
}
