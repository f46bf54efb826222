import QtQuick
import QtQuick.Layouts
import Kakanai
import "../components"

// "What do you need?" — by life event, or straight to the list of forms.
Item {
    objectName: "needsPage"
    function eventLabel(id) {
        switch (id) {
        case "moving": return qsTr("I am moving house")
        case "childbirth": return qsTr("A baby was born / child care")
        case "certificates": return qsTr("I need a certificate")
        case "health-insurance": return qsTr("National Health Insurance")
        case "proxy": return qsTr("I am applying for someone else")
        }
        return id
    }
    function eventDetail(id) {
        switch (id) {
        case "moving": return qsTr("moving in, moving out, moving within the city")
        case "childbirth": return qsTr("birth, child allowance")
        case "certificates": return qsTr("residence record, seal, tax certificates")
        case "health-insurance": return qsTr("join or leave")
        case "proxy": return qsTr("with a letter of proxy")
        }
        return ""
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 30
        Heading { Layout.fillWidth: true; text: qsTr("What do you need today?") }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 28
            rowSpacing: 24
            Repeater {
                model: Kiosk.lifeEvents
                KButton {
                    objectName: "event_" + modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(implicitHeight, theme.target * 1.4)
                    text: eventLabel(modelData)
                    detail: eventDetail(modelData)
                    onClicked: Kiosk.chooseLifeEvent(modelData)
                }
            }
            KButton {
                objectName: "eventAll"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, theme.target * 1.4)
                text: qsTr("Choose by the name of the form")
                onClicked: Kiosk.chooseLifeEvent("")
            }
        }
        Item { Layout.fillHeight: true }
    }
}
