import QtQuick
import Kakanai
import "../components"

// Other people the forms need: the head of household, family members who move or are on a certificate.
Item {
    id: page
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
    PageFrame {
        anchors.fill: parent
        visible: d.editingMember < 0
        title: qsTr("Other people on the forms")
        Row {
            spacing: 20
            KText { id: q; width: page.width - yes.width - no.width - 40; anchors.verticalCenter: yes.verticalCenter
                    text: qsTr("Are you the head of your household (世帯主)?"); font.bold: true }
            KButton { id: yes; objectName: "headYes"; text: qsTr("Yes"); selected: d.headAnswer === 1; onClicked: d.setResidentIsHead(true) }
            KButton { id: no; objectName: "headNo"; text: qsTr("No"); selected: d.headAnswer === 0; onClicked: d.setResidentIsHead(false) }
        }
        Banner {
            width: page.width
            visible: d.headAnswer === 0 && !d.householdComplete
            kind: "info"
            text: qsTr("Please add the head of household with “Add a person”.")
        }
        scroll: Repeater {
            model: d.members
            Rectangle {
                width: page.width
                height: mRow.height + 24
                radius: 12
                border.width: 2
                border.color: theme.border
                Row {
                    id: mRow
                    x: 20; y: 12
                    spacing: 20
                    KText {
                        width: page.width - 40 - change.width - remove.width - 40
                        anchors.verticalCenter: change.verticalCenter
                        text: (modelData.name || qsTr("(name missing)")) + "　" + modelData.relationship
                              + (modelData.head ? "（" + qsTr("head of household") + "）" : "") + "　" + modelData.birth
                    }
                    KButton { id: change; objectName: "memberChange" + index; text: qsTr("Change"); onClicked: d.editMember(index) }
                    KButton { id: remove; objectName: "memberRemove" + index; text: qsTr("Remove"); onClicked: d.removeMember(index) }
                }
            }
        }
        actions: [
            KButton {
                objectName: "householdNext"
                text: qsTr("Next") + " ▶"
                kind: "primary"
                enabled: d.householdComplete
                onClicked: d.householdDone()
            },
            KButton { objectName: "addMember"; text: "＋ " + qsTr("Add a person"); onClicked: d.addMember() }
        ]
    }
    PageFrame { // one person
        objectName: "memberEditor"
        anchors.fill: parent
        visible: d.editingMember >= 0
        title: qsTr("About this person")
        Repeater {
            model: d.memberFields
            Row {
                visible: modelData.key !== "relationship"
                spacing: 20
                KText { width: page.width * 0.3; text: memberLabel(modelData.key); font.bold: true; anchors.verticalCenter: edit.verticalCenter }
                KText { width: page.width * 0.7 - edit.width - 40; anchors.verticalCenter: edit.verticalCenter
                        text: modelData.display || qsTr("(missing: please enter)"); px: theme.valuePx }
                KButton { id: edit; objectName: "memberEdit_" + modelData.key; text: modelData.display ? qsTr("Change") : qsTr("Enter"); onClicked: d.editMemberField(modelData.key) }
            }
        }
        KText { width: page.width; text: memberLabel("relationship"); font.bold: true }
        Flow {
            width: page.width
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
        actions: KButton { objectName: "memberDone"; text: qsTr("Done"); kind: "primary"; onClicked: d.memberDone() }
    }
}
