import QtQuick
import QtQuick.Layouts
import Kakanai

// Staff mode → "Verify a printout": the picture of the page next to what its signed code holds. The
// verdict in large type with colour, a symbol and words; only verified data is ever shown (the model
// holds nothing of a rejected code). A USB hand scanner types into the focused input.
RowLayout {
    id: screen
    objectName: "staffVerifyScreen"
    readonly property var v: Kiosk.staffVerify
    spacing: 40

    function verdictText(result) {
        switch (result) {
        case "valid": return qsTr("Valid: printed by a trusted kiosk and not changed")
        case "bad-signature": return qsTr("Not valid: the code was changed or is not genuine (bad signature)")
        case "unknown-key": return qsTr("Not valid: signed by an unknown key (another kiosk or a retired key)")
        case "incomplete": return qsTr("Incomplete: this form continues on other pages. Scan them too.")
        case "unreadable": return qsTr("Unreadable: no code could be read. Try again or use the hand scanner.")
        case "unknown-template": return qsTr("Verified, but this kiosk does not know this form version")
        }
        return qsTr("Put the printout under the camera, or scan its code with the hand scanner.")
    }
    function verdictSymbol(result) {
        switch (result) {
        case "valid": return "✓"
        case "bad-signature": case "unknown-key": return "✗"
        case "": return "…"
        }
        return "!"
    }
    function labelOf(field) {
        if (field.label.length > 0) return field.label
        switch (field.labelKey) {
        case "name": return qsTranslate("DetailsList", "Name")
        case "name_kana": return qsTranslate("DetailsList", "Reading of your name (furigana)")
        case "birth_date": return qsTranslate("DetailsList", "Date of birth")
        case "sex": return qsTranslate("DetailsList", "Sex")
        case "address": return qsTranslate("DetailsList", "Address")
        case "postal_code": return qsTranslate("DetailsList", "Postal code (optional)")
        case "phone": return qsTranslate("DetailsList", "Phone number (optional)")
        }
        return field.name
    }
    function correctedText(field) {
        if (field.correctedBy === "resident") return qsTr("corrected by the resident")
        if (field.correctedBy === "staff") return qsTr("corrected by staff")
        return ""
    }

    // ---- left: the page and the inputs ----
    ColumnLayout {
        Layout.preferredWidth: 620
        Layout.maximumWidth: 620
        Layout.minimumWidth: 620
        Layout.fillHeight: true
        spacing: 16
        Heading { Layout.fillWidth: true; text: qsTr("Verify a printout") }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: theme.secondary
            border.width: 2
            border.color: theme.border
            Image {
                objectName: "verifyPageImage"
                anchors.fill: parent
                anchors.margins: 6
                fillMode: Image.PreserveAspectFit
                asynchronous: false
                cache: false
                source: v.pageImage
                visible: v.pageImage.length > 0
            }
            KText {
                anchors.centerIn: parent
                width: parent.width - 40
                visible: v.pageImage.length === 0
                horizontalAlignment: Text.AlignHCenter
                color: theme.muted
                text: v.cameraAvailable ? qsTr("The picture of the page appears here.") : qsTr("No camera: use the hand scanner.")
            }
        }
        KButton {
            objectName: "verifyCapture"
            Layout.fillWidth: true
            visible: v.cameraAvailable
            enabled: !v.busy
            kind: "primary"
            text: v.busy ? qsTr("Reading the page…") : qsTr("Take a picture of the page")
            onClicked: v.capture()
        }
        KText { Layout.fillWidth: true; text: qsTr("Hand scanner: scan the code into this box"); px: theme.smallPx }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: theme.target
            radius: 10
            color: theme.background
            border.width: scanInput.activeFocus ? 6 : 3
            border.color: scanInput.activeFocus ? theme.selectedBorder : theme.border
            TextInput {
                id: scanInput
                objectName: "scanInput"
                anchors.fill: parent
                anchors.margins: 14
                verticalAlignment: TextInput.AlignVCenter
                font.family: theme.font
                font.pixelSize: theme.smallPx
                color: theme.text
                clip: true
                focus: screen.visible
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferLatin
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Hand scanner: scan the code into this box")
                function submit() { v.submitText(text); text = "" }
                onAccepted: submit()
                Keys.onTabPressed: submit() // some scanners end a code with Tab
            }
        }
    }

    // ---- right: the verdict and the data ----
    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 16
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            Item { Layout.fillWidth: true }
            KButton { objectName: "verifyClear"; text: qsTr("Next printout"); onClicked: { v.clear(); scanInput.forceActiveFocus() } }
            KButton { objectName: "verifyClose"; text: qsTr("Back to staff mode"); kind: "primary"; onClicked: v.close() }
        }
        Rectangle {
            objectName: "verdict"
            Layout.fillWidth: true
            implicitHeight: verdictRow.implicitHeight + 36
            radius: 12
            readonly property bool good: v.result === "valid"
            readonly property bool bad: v.result === "bad-signature" || v.result === "unknown-key"
            color: good ? theme.okBg : bad ? theme.errorBg : v.result === "" ? theme.infoBg : theme.warningBg
            border.width: 6
            border.color: good ? theme.okBorder : bad ? theme.error : v.result === "" ? theme.primary : theme.warningBorder
            Accessible.role: Accessible.AlertMessage
            Accessible.name: verdictLabel.text
            RowLayout {
                id: verdictRow
                x: 20
                width: parent.width - 40
                anchors.verticalCenter: parent.verticalCenter
                spacing: 20
                KText {
                    text: screen.verdictSymbol(v.result)
                    px: theme.headingPx * 1.4
                    font.bold: true
                    wrapMode: Text.NoWrap
                    Accessible.ignored: true
                }
                KText {
                    id: verdictLabel
                    objectName: "verdictText"
                    Layout.fillWidth: true
                    text: screen.verdictText(v.result)
                    px: v.result === "" ? theme.bodyPx : theme.headingPx
                    font.bold: true
                    Accessible.ignored: true
                }
            }
        }
        Repeater { // why a code was rejected or unreadable: source and reason, never a value
            model: v.showFields ? [] : v.problems
            KText { Layout.fillWidth: true; text: modelData.source + ": " + modelData.message; px: theme.smallPx; color: theme.muted }
        }
        KText { objectName: "verifyCameraError"; Layout.fillWidth: true; visible: v.cameraError.length > 0; text: qsTr("The camera did not work (%1). Use the hand scanner.").arg(v.cameraError); px: theme.smallPx }
        Flickable {
            objectName: "verifyFields"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: v.showFields
            clip: true
            contentHeight: formsColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: formsColumn
                width: parent.width
                spacing: 10
                Repeater {
                    model: v.forms
                    Column {
                        id: formBlock
                        readonly property var form: modelData
                        width: formsColumn.width
                        spacing: 6
                        KText { width: parent.width; text: form.title + "（" + form.formId + " " + form.version + "）"; font.bold: true; px: theme.valuePx }
                        KText { width: parent.width; visible: form.demo; text: qsTr("DEMO key: not an office key"); font.bold: true; px: theme.smallPx; color: theme.error }
                        KText { width: parent.width; px: theme.smallPx; text: qsTr("Printed %1 at kiosk %2").arg(form.printedAt).arg(form.kioskId) }
                        KText { width: parent.width; px: theme.smallPx; text: qsTr("Identified by: %1").arg(form.idSource) }
                        KText {
                            width: parent.width
                            px: theme.smallPx
                            text: form.correctedByResident.length > 0 ? qsTr("Corrected by the resident: %1").arg(form.correctedByResident.join(", "))
                                                                      : qsTr("Corrected by the resident: nothing")
                        }
                        KText { width: parent.width; visible: form.missingParts.length > 0; px: theme.smallPx; font.bold: true; text: qsTr("Pages still to scan: part %1 of %2").arg(form.missingParts.join(", ")).arg(form.parts) }
                        Repeater {
                            model: form.fields
                            Rectangle {
                                width: formBlock.width
                                implicitHeight: fieldRow.implicitHeight + 12
                                color: modelData.correctedBy.length > 0 ? theme.selectedBg : "transparent"
                                RowLayout {
                                    id: fieldRow
                                    width: parent.width
                                    y: 6
                                    spacing: 16
                                    KText {
                                        Layout.preferredWidth: 300
                                        text: screen.labelOf(modelData) + (modelData.row ? " (" + modelData.row + ")" : "")
                                        px: theme.smallPx
                                        color: theme.muted
                                    }
                                    KText {
                                        objectName: "verifiedValue"
                                        Layout.fillWidth: true
                                        text: modelData.handwriting ? qsTr("(left blank for handwriting)") : modelData.text
                                        px: theme.smallPx
                                        font.bold: true
                                    }
                                    KText {
                                        visible: modelData.correctedBy.length > 0
                                        Layout.preferredWidth: 220
                                        text: screen.correctedText(modelData)
                                        px: theme.smallPx
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Item { Layout.fillHeight: true; visible: !v.showFields }
    }
}
