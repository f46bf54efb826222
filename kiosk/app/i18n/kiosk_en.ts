<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Bring</name>
        <message>
            <source>An ID document (the card you used)</source>
            <translation>An ID document (the card you used)</translation>
        </message>
        <message>
            <source>Letter of proxy</source>
            <translation>Letter of proxy</translation>
        </message>
        <message>
            <source>Personal seal (inkan)</source>
            <translation>Personal seal (inkan)</translation>
        </message>
        <message>
            <source>Health insurance card</source>
            <translation>Health insurance card</translation>
        </message>
        <message>
            <source>Maternal and child health handbook</source>
            <translation>Maternal and child health handbook</translation>
        </message>
        <message>
            <source>Moving-out certificate</source>
            <translation>Moving-out certificate</translation>
        </message>
        <message>
            <source>Bank book or bank card</source>
            <translation>Bank book or bank card</translation>
        </message>
        <message>
            <source>Money for the fee</source>
            <translation>Money for the fee</translation>
        </message>
    </context>
    <context>
        <name>CameraPage</name>
        <message>
            <source>Camera view</source>
            <translation>Camera view</translation>
        </message>
        <message>
            <source>Place your ID under the camera</source>
            <translation>Place your ID under the camera</translation>
        </message>
        <message>
            <source>Lay the card inside the white frame, face up.</source>
            <translation>Lay the card inside the white frame, face up.</translation>
        </message>
        <message>
            <source>Hold still…</source>
            <translation>Hold still…</translation>
        </message>
        <message>
            <source>Taking the photo… keep still.</source>
            <translation>Taking the photo… keep still.</translation>
        </message>
        <message>
            <source>The camera is not available. Please ask staff.</source>
            <translation>The camera is not available. Please ask staff.</translation>
        </message>
        <message>
            <source>The photo could not be read. Please try again, or ask staff.</source>
            <translation>The photo could not be read. Please try again, or ask staff.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>The photo is used only to read your details and is deleted at once.</source>
            <translation>The photo is used only to read your details and is deleted at once.</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation>Staff will help</translation>
        </message>
    </context>
    <context>
        <name>CardSlotPicture</name>
        <message>
            <source>Picture: the card goes into the reader below the screen, face up, chip first</source>
            <translation>Picture: the card goes into the reader below the screen, face up, chip first</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your details</source>
            <translation>Check your details</translation>
        </message>
        <message>
            <source>Please take your card out of the reader now. It is not needed any more.</source>
            <translation>Please take your card out of the reader now. It is not needed any more.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) to check or enter</source>
            <translation>
                <numerusform>%n item to check or enter</numerusform>
                <numerusform>%n items to check or enter</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is checked.</source>
            <translation>Everything is checked.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>DetailsList</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation>Reading of your name (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation>Postal code (optional)</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>Phone number (optional)</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>as registered at the city office</source>
            <translation>as registered at the city office</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Finished. Please take your forms to:</source>
            <translation>Finished. Please take your forms to:</translation>
        </message>
        <message>
            <source>Your card is still in the reader. Please take it with you.</source>
            <translation>Your card is still in the reader. Please take it with you.</translation>
        </message>
        <message>
            <source>bring: %1</source>
            <translation>bring: %1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation>Fee (estimate): %1 yen</translation>
        </message>
        <message>
            <source>A note with these steps was printed with your forms. Nothing you entered is kept on this machine.</source>
            <translation>A note with these steps was printed with your forms. Nothing you entered is kept on this machine.</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <source>from your card</source>
            <translation>from your card</translation>
        </message>
        <message>
            <source>from the photo</source>
            <translation>from the photo</translation>
        </message>
        <message>
            <source>entered by staff</source>
            <translation>entered by staff</translation>
        </message>
        <message>
            <source>entered by you</source>
            <translation>entered by you</translation>
        </message>
        <message>
            <source>suggestion: is this right?</source>
            <translation>suggestion: is this right?</translation>
        </message>
        <message>
            <source>worked out from your card</source>
            <translation>worked out from your card</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>(missing: please enter)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>Please check</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Choose the forms you need (you can choose several)</source>
            <translation>Choose the forms you need (you can choose several)</translation>
        </message>
        <message>
            <source>There is no form for this here yet. Please ask staff at the counter.</source>
            <translation>There is no form for this here yet. Please ask staff at the counter.</translation>
        </message>
        <message>
            <source>Tap a form to choose it.</source>
            <translation>Tap a form to choose it.</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) chosen</source>
            <translation>
                <numerusform>%n form chosen</numerusform>
                <numerusform>%n forms chosen</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPage</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reading of the name (furigana)</source>
            <translation>Reading of the name (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Relationship to you</source>
            <translation>Relationship to you</translation>
        </message>
        <message>
            <source>Other people on the forms</source>
            <translation>Other people on the forms</translation>
        </message>
        <message>
            <source>Are you the head of your household (世帯主)?</source>
            <translation>Are you the head of your household (世帯主)?</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Please add the head of household with “Add a person”.</source>
            <translation>Please add the head of household with “Add a person”.</translation>
        </message>
        <message>
            <source>(name missing)</source>
            <translation>(name missing)</translation>
        </message>
        <message>
            <source>head of household</source>
            <translation>head of household</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>About this person</source>
            <translation>About this person</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>(missing: please enter)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <source>The card was taken out. Please insert it again.</source>
            <translation>The card was taken out. Please insert it again.</translation>
        </message>
        <message>
            <source>This card cannot be read here. Please use the camera or ask staff.</source>
            <translation>This card cannot be read here. Please use the camera or ask staff.</translation>
        </message>
        <message>
            <source>No card was found. Please insert it again.</source>
            <translation>No card was found. Please insert it again.</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation>The card could not be read. Please try again, or ask staff.</translation>
        </message>
        <message>
            <source>Insert your My Number card or driver's licence</source>
            <translation>Insert your My Number card or driver's licence</translation>
        </message>
        <message>
            <source>The card reader is not available. Please use the camera or ask staff.</source>
            <translation>The card reader is not available. Please use the camera or ask staff.</translation>
        </message>
        <message>
            <source>No card, or you do not know the PIN?</source>
            <translation>No card, or you do not know the PIN?</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation>Show your ID to the camera</translation>
        </message>
        <message>
            <source>driver's licence, residence card, My Number card</source>
            <translation>driver's licence, residence card, My Number card</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation>Staff will help</translation>
        </message>
        <message>
            <source>a staff member types your details</source>
            <translation>a staff member types your details</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Keyboard</source>
            <translation>Keyboard</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation>Reading of your name (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation>Postal code (optional)</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>Phone number (optional)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Type the reading, then choose the characters here</source>
            <translation>Type the reading, then choose the characters here</translation>
        </message>
        <message>
            <source>Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.</source>
            <translation>Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.</translation>
        </message>
        <message>
            <source>゛ (voiced)</source>
            <translation>゛ (voiced)</translation>
        </message>
        <message>
            <source>゜ (p-sound)</source>
            <translation>゜ (p-sound)</translation>
        </message>
        <message>
            <source>Small ゃ ゅ ょ っ</source>
            <translation>Small ゃ ゅ ょ っ</translation>
        </message>
        <message>
            <source>Delete one</source>
            <translation>Delete one</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Clear all</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Staff have been called. Please wait here.</source>
            <translation>Staff have been called. Please wait here.</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation>Staff-operated mode</translation>
        </message>
        <message>
            <source>%1 form kiosk — no writing needed</source>
            <translation>%1 form kiosk — no writing needed</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>Normal text</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation>Cancel the call</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Call staff</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Start over</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation>Start over?</translation>
        </message>
        <message>
            <source>Everything you entered will be deleted.</source>
            <translation>Everything you entered will be deleted.</translation>
        </message>
        <message>
            <source>Yes, start over</source>
            <translation>Yes, start over</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>No, go back</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <source>To protect your data, everything will be deleted in %1 seconds.</source>
            <translation>To protect your data, everything will be deleted in %1 seconds.</translation>
        </message>
        <message>
            <source>I am still here — continue</source>
            <translation>I am still here — continue</translation>
        </message>
    </context>
    <context>
        <name>NeedsPage</name>
        <message>
            <source>I am moving house</source>
            <translation>I am moving house</translation>
        </message>
        <message>
            <source>A baby was born / child care</source>
            <translation>A baby was born / child care</translation>
        </message>
        <message>
            <source>I need a certificate</source>
            <translation>I need a certificate</translation>
        </message>
        <message>
            <source>National Health Insurance</source>
            <translation>National Health Insurance</translation>
        </message>
        <message>
            <source>I am applying for someone else</source>
            <translation>I am applying for someone else</translation>
        </message>
        <message>
            <source>moving in, moving out, moving within the city</source>
            <translation>moving in, moving out, moving within the city</translation>
        </message>
        <message>
            <source>birth, child allowance</source>
            <translation>birth, child allowance</translation>
        </message>
        <message>
            <source>residence record, seal, tax certificates</source>
            <translation>residence record, seal, tax certificates</translation>
        </message>
        <message>
            <source>join or leave</source>
            <translation>join or leave</translation>
        </message>
        <message>
            <source>with a letter of proxy</source>
            <translation>with a letter of proxy</translation>
        </message>
        <message>
            <source>What do you need today?</source>
            <translation>What do you need today?</translation>
        </message>
        <message>
            <source>Choose by the name of the form</source>
            <translation>Choose by the name of the form</translation>
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>%1 of %2 digits entered</source>
            <translation>%1 of %2 digits entered</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>The PIN is not correct. Please check it and try again.</source>
            <translation>The PIN is not correct. Please check it and try again.</translation>
        </message>
        <message>
            <source>This card's PIN is locked. Staff can help you at the counter.</source>
            <translation>This card's PIN is locked. Staff can help you at the counter.</translation>
        </message>
        <message>
            <source>The card did not answer. Please take it out and insert it again.</source>
            <translation>The card did not answer. Please take it out and insert it again.</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation>The card could not be read. Please try again, or ask staff.</translation>
        </message>
        <message>
            <source>Enter your licence PIN (PIN 1, 4 digits)</source>
            <translation>Enter your licence PIN (PIN 1, 4 digits)</translation>
        </message>
        <message>
            <source>Enter your card's 4-digit PIN</source>
            <translation>Enter your card's 4-digit PIN</translation>
        </message>
        <message>
            <source>The 4-digit PIN 1 you set when the licence was issued.</source>
            <translation>The 4-digit PIN 1 you set when the licence was issued.</translation>
        </message>
        <message>
            <source>The 4-digit PIN for the card's basic information (not the longer signature password).</source>
            <translation>The 4-digit PIN for the card's basic information (not the longer signature password).</translation>
        </message>
        <message>
            <source>Tries left before the card locks: %1</source>
            <translation>Tries left before the card locks: %1</translation>
        </message>
        <message>
            <source>Reading your card… please do not take it out.</source>
            <translation>Reading your card… please do not take it out.</translation>
        </message>
        <message>
            <source>I don't know the PIN — use the camera</source>
            <translation>I don't know the PIN — use the camera</translation>
        </message>
        <message>
            <source>Please ask staff</source>
            <translation>Please ask staff</translation>
        </message>
        <message>
            <source>Only one PIN try is left. So that your card does not lock, this kiosk will not use it.</source>
            <translation>Only one PIN try is left. So that your card does not lock, this kiosk will not use it.</translation>
        </message>
        <message>
            <source>Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.</source>
            <translation>Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Call staff</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation>Show your ID to the camera</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>This is what will be printed</source>
            <translation>This is what will be printed</translation>
        </message>
        <message>
            <source>Preparing your forms…</source>
            <translation>Preparing your forms…</translation>
        </message>
        <message>
            <source>The forms could not be prepared. Please ask staff.</source>
            <translation>The forms could not be prepared. Please ask staff.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) stay empty for you to write or sign by hand at the counter.</source>
            <translation>
                <numerusform>%n box stays empty for you to write or sign by hand at the counter.</numerusform>
                <numerusform>%n boxes stay empty for you to write or sign by hand at the counter.</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff will check the forms with you at the counter.</source>
            <translation>Staff will check the forms with you at the counter.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>The printer is out of paper. Staff have been called and will add paper. Please wait.</source>
            <translation>The printer is out of paper. Staff have been called and will add paper. Please wait.</translation>
        </message>
        <message>
            <source>Paper is stuck in the printer. Staff have been called. Please wait.</source>
            <translation>Paper is stuck in the printer. Staff have been called. Please wait.</translation>
        </message>
        <message>
            <source>A printer cover is open. Staff have been called. Please wait.</source>
            <translation>A printer cover is open. Staff have been called. Please wait.</translation>
        </message>
        <message>
            <source>The printer is not responding. Staff have been called. Please wait.</source>
            <translation>The printer is not responding. Staff have been called. Please wait.</translation>
        </message>
        <message>
            <source>Printing did not finish</source>
            <translation>Printing did not finish</translation>
        </message>
        <message>
            <source>Printing your forms…</source>
            <translation>Printing your forms…</translation>
        </message>
        <message>
            <source>Page %1 of %2 printed</source>
            <translation>Page %1 of %2 printed</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message>
            <source>Nothing more will be printed. Staff have been called; you can also try again.</source>
            <translation>Nothing more will be printed. Staff have been called; you can also try again.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Before we read your ID</source>
            <translation>Before we read your ID</translation>
        </message>
        <message>
            <source>We read your name, address, date of birth and sex, only to fill in the forms you chose.</source>
            <translation>We read your name, address, date of birth and sex, only to fill in the forms you chose.</translation>
        </message>
        <message>
            <source>We never read or print your My Number (individual number).</source>
            <translation>We never read or print your My Number (individual number).</translation>
        </message>
        <message>
            <source>Nothing is kept on this machine: everything is deleted when you finish or walk away.</source>
            <translation>Nothing is kept on this machine: everything is deleted when you finish or walk away.</translation>
        </message>
        <message>
            <source>Staff check your ID at the counter as usual.</source>
            <translation>Staff check your ID at the counter as usual.</translation>
        </message>
        <message>
            <source>I understand — continue</source>
            <translation>I understand — continue</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <source>One less</source>
            <translation>One less</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>One more</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>(missing: please enter)</translation>
        </message>
        <message>
            <source>(none — you may leave this empty)</source>
            <translation>(none — you may leave this empty)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Take your forms to: %1</source>
            <translation>Take your forms to: %1</translation>
        </message>
        <message>
            <source>Copies: %1</source>
            <translation>Copies: %1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation>Fee (estimate): %1 yen</translation>
        </message>
        <message>
            <source>Please bring: %1</source>
            <translation>Please bring: %1</translation>
        </message>
        <message>
            <source>Nothing you entered is kept on this machine.</source>
            <translation>Nothing you entered is kept on this machine.</translation>
        </message>
    </context>
    <context>
        <name>StaffEntryPage</name>
        <message>
            <source>A staff member will type your details</source>
            <translation>A staff member will type your details</translation>
        </message>
        <message>
            <source>Staff have been called. Please wait here; they will come to you.</source>
            <translation>Staff have been called. Please wait here; they will come to you.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Wrong staff PIN.</source>
            <translation>Wrong staff PIN.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Staff mode is locked until the kiosk restarts.</source>
            <translation>Too many wrong PINs. Staff mode is locked until the kiosk restarts.</translation>
        </message>
        <message>
            <source>Staff mode: enter the staff PIN</source>
            <translation>Staff mode: enter the staff PIN</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Staff mode</source>
            <translation>Staff mode</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation>Printer: %1</translation>
        </message>
        <message>
            <source>Card reader: %1</source>
            <translation>Card reader: %1</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation>Self-test</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation>Staff-operated mode</translation>
        </message>
        <message>
            <source>Clear the staff call</source>
            <translation>Clear the staff call</translation>
        </message>
        <message>
            <source>Print a calibration proof:</source>
            <translation>Print a calibration proof:</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation>Close staff mode</translation>
        </message>
        <message>
            <source>Usage (anonymous)</source>
            <translation>Usage (anonymous)</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation>Verify a printout</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check your answers</source>
            <translation>Check your answers</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>See the forms</source>
            <translation>See the forms</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Fill in city office forms without writing</source>
            <translation>Fill in city office forms without writing</translation>
        </message>
        <message>
            <source>Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.</source>
            <translation>Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.</translation>
        </message>
        <message>
            <source>Choose your language below.</source>
            <translation>Choose your language below.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Your card goes into the reader, face up</source>
            <translation>Your card goes into the reader, face up</translation>
        </message>
    </context>
    <context>
        <name>StaffVerifyScreen</name>
        <message>
            <source>(left blank for handwriting)</source>
            <translation>(left blank for handwriting)</translation>
        </message>
        <message>
            <source>Back to staff mode</source>
            <translation>Back to staff mode</translation>
        </message>
        <message>
            <source>Corrected by the resident: %1</source>
            <translation>Corrected by the resident: %1</translation>
        </message>
        <message>
            <source>Corrected by the resident: nothing</source>
            <translation>Corrected by the resident: nothing</translation>
        </message>
        <message>
            <source>DEMO key: not an office key</source>
            <translation>DEMO key: not an office key</translation>
        </message>
        <message>
            <source>Hand scanner: scan the code into this box</source>
            <translation>Hand scanner: scan the code into this box</translation>
        </message>
        <message>
            <source>Identified by: %1</source>
            <translation>Identified by: %1</translation>
        </message>
        <message>
            <source>Incomplete: this form continues on other pages. Scan them too.</source>
            <translation>Incomplete: this form continues on other pages. Scan them too.</translation>
        </message>
        <message>
            <source>Next printout</source>
            <translation>Next printout</translation>
        </message>
        <message>
            <source>No camera: use the hand scanner.</source>
            <translation>No camera: use the hand scanner.</translation>
        </message>
        <message>
            <source>Not valid: signed by an unknown key (another kiosk or a retired key)</source>
            <translation>Not valid: signed by an unknown key (another kiosk or a retired key)</translation>
        </message>
        <message>
            <source>Not valid: the code was changed or is not genuine (bad signature)</source>
            <translation>Not valid: the code was changed or is not genuine (bad signature)</translation>
        </message>
        <message>
            <source>Pages still to scan: part %1 of %2</source>
            <translation>Pages still to scan: part %1 of %2</translation>
        </message>
        <message>
            <source>Printed %1 at kiosk %2</source>
            <translation>Printed %1 at kiosk %2</translation>
        </message>
        <message>
            <source>Put the printout under the camera, or scan its code with the hand scanner.</source>
            <translation>Put the printout under the camera, or scan its code with the hand scanner.</translation>
        </message>
        <message>
            <source>Reading the page…</source>
            <translation>Reading the page…</translation>
        </message>
        <message>
            <source>Take a picture of the page</source>
            <translation>Take a picture of the page</translation>
        </message>
        <message>
            <source>The camera did not work (%1). Use the hand scanner.</source>
            <translation>The camera did not work (%1). Use the hand scanner.</translation>
        </message>
        <message>
            <source>The picture of the page appears here.</source>
            <translation>The picture of the page appears here.</translation>
        </message>
        <message>
            <source>Unreadable: no code could be read. Try again or use the hand scanner.</source>
            <translation>Unreadable: no code could be read. Try again or use the hand scanner.</translation>
        </message>
        <message>
            <source>Valid: printed by a trusted kiosk and not changed</source>
            <translation>Valid: printed by a trusted kiosk and not changed</translation>
        </message>
        <message>
            <source>Verified, but this kiosk does not know this form version</source>
            <translation>Verified, but this kiosk does not know this form version</translation>
        </message>
        <message>
            <source>corrected by staff</source>
            <translation>corrected by staff</translation>
        </message>
        <message>
            <source>corrected by the resident</source>
            <translation>corrected by the resident</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation>Verify a printout</translation>
        </message>
    </context>
</TS>