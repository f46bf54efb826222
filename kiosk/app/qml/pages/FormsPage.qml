import QtQuick
import Kakanai
import "../components"

// The forms of a life event; several can be chosen in one visit.
PageFrame {
    id: page
    objectName: "formsPage"
    title: qsTr("Choose the forms you need (you can choose several)")
    KText {
        width: page.width
        visible: Kiosk.formChoices.length === 0
        text: qsTr("There is no form for this here yet. Please ask staff at the counter.")
    }
    scroll: Repeater {
        model: Kiosk.formChoices
        KButton {
            objectName: "form_" + modelData.id
            width: page.width
            text: modelData.title
            detail: (modelData.title !== modelData.titleJa ? modelData.titleJa + "　" : "") + modelData.description
            selected: modelData.chosen
            onClicked: Kiosk.toggleForm(modelData.id)
        }
    }
    actions: [
        KButton {
            id: next
            objectName: "formsNext"
            text: qsTr("Next") + " ▶"
            kind: "primary"
            enabled: Kiosk.chosenFormCount > 0
            onClicked: Kiosk.formsChosen()
        },
        KText {
            width: page.width - next.width - 20
            anchors.verticalCenter: next.verticalCenter
            text: Kiosk.chosenFormCount === 0 ? qsTr("Tap a form to choose it.") : qsTr("%n form(s) chosen", "", Kiosk.chosenFormCount)
            color: theme.muted
        }
    ]
}
