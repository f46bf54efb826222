import QtQuick
import QtQuick.Layouts
import Kakanai

// Staff mode: PIN first; then "verify a printout" (StaffVerifyScreen), devices, self-test, calibration proof, staff-operated mode, counters.
Rectangle {
    id: panel
    objectName: "staffPanel"
    color: "#ee000000"
    readonly property var s: Kiosk.staff
    MouseArea { anchors.fill: parent }
    function errorText(code) {
        switch (code) {
        case "staff.wrong-pin": return qsTr("Wrong staff PIN.")
        case "staff.locked": return qsTr("Too many wrong PINs. Staff mode is locked until the kiosk restarts.")
        }
        return ""
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: 40
        radius: 20
        color: theme.background
        RowLayout { // PIN
            anchors.fill: parent
            anchors.margins: 40
            visible: !s.unlocked
            spacing: 60
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 24
                Heading { Layout.fillWidth: true; text: qsTr("Staff mode: enter the staff PIN") }
                PinDots { length: s.pinLength; max: Math.max(4, s.pinLength) }
                Banner { Layout.fillWidth: true; visible: s.error.length > 0; kind: "error"; text: errorText(s.error) }
                KText { visible: s.checking; text: qsTr("Checking…") }
                Item { Layout.fillHeight: true }
                KButton { objectName: "staffClose"; text: qsTr("Close"); onClicked: s.close() }
            }
            PinPad {
                canSubmit: s.pinLength >= 4 && !s.checking
                onDigit: (d) => s.pinDigit(d)
                onErase: s.pinBackspace()
                onSubmit: s.pinSubmit()
            }
        }
        StaffVerifyScreen {
            anchors.fill: parent
            anchors.margins: 40
            visible: s.unlocked && Kiosk.staffVerify.active
        }
        RowLayout { // staff screen
            anchors.fill: parent
            anchors.margins: 40
            visible: s.unlocked && !Kiosk.staffVerify.active
            spacing: 40
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 18
                RowLayout { // close at the top: the proof buttons (one per form) can fill the column
                    Layout.fillWidth: true
                    spacing: 24
                    Heading { Layout.fillWidth: true; text: qsTr("Staff mode") }
                    // In the top row too: one more row would push the proof buttons off the screen.
                    KButton { objectName: "verifyPrintoutButton"; text: qsTr("Verify a printout"); kind: "primary"; onClicked: Kiosk.staffVerify.open() }
                    KButton { objectName: "staffClose2"; text: qsTr("Close staff mode"); kind: "primary"; onClicked: s.close() }
                }
                KText { objectName: "printerStatus"; Layout.fillWidth: true; text: qsTr("Printer: %1").arg(s.printerStatus) }
                KText { objectName: "readerStatus"; Layout.fillWidth: true; text: qsTr("Card reader: %1").arg(s.readerStatus) }
                Row {
                    spacing: 16
                    KButton { objectName: "selfTestButton"; text: qsTr("Self-test"); onClicked: s.runSelfTest() }
                    KButton { objectName: "staffOperatedButton"; text: qsTr("Staff-operated mode"); selected: Kiosk.staffOperated; onClicked: s.setStaffOperated(!Kiosk.staffOperated) }
                    KButton { objectName: "clearCallButton"; visible: Kiosk.staffCalled; text: qsTr("Clear the staff call"); onClicked: s.clearStaffCall() }
                }
                Repeater {
                    model: s.selfTest
                    KText { Layout.fillWidth: true; text: (modelData.ok ? "✓ " : "✗ ") + modelData.name + "　" + modelData.detail; px: theme.smallPx }
                }
                KText { text: qsTr("Print a calibration proof:"); font.bold: true }
                Flow {
                    Layout.fillWidth: true
                    spacing: 12
                    Repeater {
                        model: s.forms
                        KButton { objectName: "proof_" + modelData; text: modelData; onClicked: s.printProof(modelData) }
                    }
                }
                KText { objectName: "proofStatus"; visible: s.proofStatus.length > 0; text: s.proofStatus; px: theme.smallPx }
                Item { Layout.fillHeight: true }
            }
            Flickable {
                Layout.preferredWidth: 700
                Layout.fillHeight: true
                clip: true
                contentHeight: counterCol.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: counterCol
                    width: parent.width
                    spacing: 6
                    KText { text: qsTr("Usage (anonymous)"); font.bold: true }
                    Repeater {
                        model: s.counters
                        RowLayout {
                            width: counterCol.width
                            KText { Layout.fillWidth: true; text: modelData.name; px: theme.smallPx }
                            KText { text: modelData.value; px: theme.smallPx; wrapMode: Text.NoWrap }
                        }
                    }
                }
            }
        }
    }
}
