import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// Other people the forms need: the head of household, family members who move or are on a certificate.
Item {
    objectName: "householdPage"
    readonly property var d: Kiosk.details
    function memberLabel(key) {
        switch (key) {
        case "name": return qsTr("Name")
        case "name_kana": return qsTr("Reading of the name (furigana)")
        case "birth_date": return qsTr("Date of birth")
        case "relationship": return qsTr("Relationship to you")
        }
        return key
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 20
        visible: d.editingMember < 0
        Heading { Layout.fillWidth: true; text: qsTr("Other people on the forms") }
        RowLayout {
            Layout.fillWidth: true
            spacing: 20
            KText { Layout.fillWidth: true; text: qsTr("Are you the head of your household (世帯主)?"); font.bold: true }
            KButton { objectName: "headYes"; text: qsTr("Yes"); selected: d.headAnswer === 1; onClicked: d.setResidentIsHead(true) }
            KButton { objectName: "headNo"; text: qsTr("No"); selected: d.headAnswer === 0; onClicked: d.setResidentIsHead(false) }
        }
        Banner {
            Layout.fillWidth: true
            visible: d.headAnswer === 0 && !d.householdComplete
            kind: "info"
            text: qsTr("Please add the head of household with “Add a person”.")
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            contentHeight: memberCol.implicitHeight
            Column {
                id: memberCol
                width: parent.width
                spacing: 14
                Repeater {
                    model: d.members
                    Rectangle {
                        width: memberCol.width
                        implicitHeight: mRow.implicitHeight + 24
                        radius: 12
                        border.width: 2
                        border.color: theme.border
                        RowLayout {
                            id: mRow
                            x: 20; y: 12
                            width: parent.width - 40
                            spacing: 20
                            KText {
                                Layout.fillWidth: true
                                text: (modelData.name || qsTr("(name missing)")) + "　" + modelData.relationship
                                      + (modelData.head ? "（" + qsTr("head of household") + "）" : "") + "　" + modelData.birth
                            }
                            KButton { objectName: "memberChange" + index; text: qsTr("Change"); onClicked: d.editMember(index) }
                            KButton { objectName: "memberRemove" + index; text: qsTr("Remove"); onClicked: d.removeMember(index) }
                        }
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 20
            KButton { objectName: "addMember"; text: "＋ " + qsTr("Add a person"); onClicked: d.addMember() }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "householdNext"
                text: qsTr("Next") + " ▶"
                kind: "primary"
                enabled: d.householdComplete
                onClicked: d.householdDone()
            }
        }
    }
    ColumnLayout { // one person
        objectName: "memberEditor"
        anchors.fill: parent
        spacing: 16
        visible: d.editingMember >= 0
        Heading { Layout.fillWidth: true; text: qsTr("About this person") }
        Repeater {
            model: d.memberFields
            RowLayout {
                Layout.fillWidth: true
                visible: modelData.key !== "relationship"
                spacing: 20
                KText { Layout.preferredWidth: 520; text: memberLabel(modelData.key); font.bold: true }
                KText { Layout.fillWidth: true; text: modelData.display || qsTr("(missing: please enter)"); px: theme.valuePx }
                KButton { objectName: "memberEdit_" + modelData.key; text: modelData.display ? qsTr("Change") : qsTr("Enter"); onClicked: d.editMemberField(modelData.key) }
            }
        }
        KText { text: memberLabel("relationship"); font.bold: true }
        Flow {
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: d.relationships
                KButton {
                    objectName: "relationship_" + index
                    text: modelData
                    minWidth: theme.target * 1.5
                    selected: d.memberFields.length > 3 && d.memberFields[3].display === modelData
                    onClicked: d.setMemberRelationship(modelData)
                }
            }
        }
        Item { Layout.fillHeight: true }
        KButton { objectName: "memberDone"; Layout.alignment: Qt.AlignRight; text: qsTr("Done"); kind: "primary"; onClicked: d.memberDone() }
    }
}
