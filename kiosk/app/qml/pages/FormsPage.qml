import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// The forms of a life event; several can be chosen in one visit.
Item {
    objectName: "formsPage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 24
        Heading { Layout.fillWidth: true; text: qsTr("Choose the forms you need (you can choose several)") }
        KText {
            Layout.fillWidth: true
            visible: Kiosk.formChoices.length === 0
            text: qsTr("There is no form for this here yet. Please ask staff at the counter.")
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            contentHeight: formCol.implicitHeight
            Column {
                id: formCol
                width: parent.width
                spacing: 18
                Repeater {
                    model: Kiosk.formChoices
                    KButton {
                        objectName: "form_" + modelData.id
                        width: formCol.width
                        text: modelData.title
                        detail: (modelData.title !== modelData.titleJa ? modelData.titleJa + "　" : "") + modelData.description
                        selected: modelData.chosen
                        onClicked: Kiosk.toggleForm(modelData.id)
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            KText {
                Layout.fillWidth: true
                text: Kiosk.chosenFormCount === 0 ? qsTr("Tap a form to choose it.") : qsTr("%n form(s) chosen", "", Kiosk.chosenFormCount)
                color: theme.muted
            }
            KButton {
                objectName: "formsNext"
                text: qsTr("Next") + " ▶"
                kind: "primary"
                enabled: Kiosk.chosenFormCount > 0
                onClicked: Kiosk.formsChosen()
            }
        }
    }
}
