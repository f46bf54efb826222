import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// Take your forms to the counter; Done is refused while a card is still in the reader.
Item {
    objectName: "donePage"
    readonly property var o: Kiosk.output
    property bool takeCard: false
    Connections {
        target: Kiosk
        function onNotice(code) { if (code === "take-card") takeCard = true }
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 20
        Heading { Layout.fillWidth: true; text: qsTr("Finished. Please take your forms to:") }
        KText { objectName: "doneCounter"; Layout.fillWidth: true; text: o.counters.join("、"); px: 60; font.bold: true; color: theme.primary }
        Banner {
            objectName: "cardStillIn"
            Layout.fillWidth: true
            visible: Kiosk.identify.cardPresent
            kind: takeCard ? "error" : "warning"
            text: qsTr("Your card is still in the reader. Please take it with you.")
        }
        Repeater {
            model: o.nextSteps
            KText {
                Layout.fillWidth: true
                text: "● " + modelData.form + (modelData.bring.length > 0 ? "　— " + qsTr("bring: %1").arg(modelData.bring.join("、")) : "")
            }
        }
        KText {
            Layout.fillWidth: true
            visible: o.totalFee >= 0
            text: qsTr("Fee (estimate): %1 yen").arg(o.totalFee)
            font.bold: true
        }
        KText { Layout.fillWidth: true; text: qsTr("A note with these steps was printed with your forms. Nothing you entered is kept on this machine."); color: theme.muted }
        Item { Layout.fillHeight: true }
        KButton {
            objectName: "finishButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Finish")
            kind: "primary"
            px: 44
            onClicked: Kiosk.finish()
        }
    }
}
