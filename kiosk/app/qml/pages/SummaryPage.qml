import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

Item {
    objectName: "summaryPage"
    ColumnLayout {
        anchors.fill: parent
        spacing: 18
        Heading { Layout.fillWidth: true; text: qsTr("Check your answers") }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            contentHeight: sumCol.implicitHeight
            Column {
                id: sumCol
                width: parent.width
                spacing: 12
                Repeater {
                    model: Kiosk.questions.summary
                    Column {
                        width: sumCol.width
                        spacing: 8
                        property int formIndex: modelData.form
                        KText { width: parent.width; text: modelData.title; font.bold: true; px: theme.valuePx }
                        Repeater {
                            model: modelData.items
                            Rectangle {
                                width: sumCol.width
                                implicitHeight: sRow.implicitHeight + 16
                                color: index % 2 ? theme.background : theme.secondary
                                radius: 8
                                RowLayout {
                                    id: sRow
                                    x: 16; y: 8
                                    width: parent.width - 32
                                    spacing: 20
                                    KText { Layout.preferredWidth: parent.width * 0.4; text: modelData.label }
                                    KText { Layout.fillWidth: true; text: modelData.answer.length > 0 ? modelData.answer : "—"; font.bold: true }
                                    KButton { objectName: "summaryChange_" + modelData.id; text: qsTr("Change"); onClicked: Kiosk.questions.change(formIndex, modelData.id) }
                                }
                            }
                        }
                    }
                }
            }
        }
        KButton {
            objectName: "summaryNext"
            Layout.alignment: Qt.AlignRight
            text: qsTr("See the forms") + " ▶"
            kind: "primary"
            onClicked: Kiosk.questions.summaryConfirmed()
        }
    }
}
