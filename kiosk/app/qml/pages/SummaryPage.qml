import QtQuick
import Kakanai
import "../components"

PageFrame {
    id: page
    objectName: "summaryPage"
    title: qsTr("Check your answers")
    scroll: Repeater {
        model: Kiosk.questions.summary
        Column {
            width: page.width
            spacing: 8
            property int formIndex: modelData.form
            KText { width: parent.width; text: modelData.title; font.bold: true; px: theme.valuePx }
            Repeater {
                model: modelData.items
                Rectangle {
                    width: page.width
                    height: sRow.height + 16
                    color: index % 2 ? theme.background : theme.secondary
                    radius: 8
                    Row {
                        id: sRow
                        x: 16; y: 8
                        spacing: 20
                        KText { width: (page.width - 32) * 0.4; text: modelData.label; anchors.verticalCenter: ch.verticalCenter }
                        KText { width: (page.width - 32) * 0.6 - ch.width - 40; text: modelData.answer.length > 0 ? modelData.answer : "—"; font.bold: true; anchors.verticalCenter: ch.verticalCenter }
                        KButton { id: ch; objectName: "summaryChange_" + modelData.id; text: qsTr("Change"); onClicked: Kiosk.questions.change(formIndex, modelData.id) }
                    }
                }
            }
        }
    }
    actions: KButton {
        objectName: "summaryNext"
        text: qsTr("See the forms") + " ▶"
        kind: "primary"
        onClicked: Kiosk.questions.summaryConfirmed()
    }
}
