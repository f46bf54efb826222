<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>Bring</name>
        <message>
            <source>An ID document (the card you used)</source>
            <translation>みぶんしょうめいしょ（つかった カード）</translation>
        </message>
        <message>
            <source>Letter of proxy</source>
            <translation>いにんじょう</translation>
        </message>
        <message>
            <source>Personal seal (inkan)</source>
            <translation>はんこ</translation>
        </message>
        <message>
            <source>Health insurance card</source>
            <translation>けんこうほけんしょう</translation>
        </message>
        <message>
            <source>Maternal and child health handbook</source>
            <translation>ぼしけんこうてちょう</translation>
        </message>
        <message>
            <source>Moving-out certificate</source>
            <translation>てんしゅつしょうめいしょ</translation>
        </message>
        <message>
            <source>Bank book or bank card</source>
            <translation>つうちょう または ぎんこうの カード</translation>
        </message>
        <message>
            <source>Money for the fee</source>
            <translation>おかね（てすうりょう）</translation>
        </message>
    </context>
    <context>
        <name>CameraPage</name>
        <message>
            <source>Camera view</source>
            <translation>カメラの えいぞう</translation>
        </message>
        <message>
            <source>Place your ID under the camera</source>
            <translation>カードを カメラの したに おいて ください</translation>
        </message>
        <message>
            <source>Lay the card inside the white frame, face up.</source>
            <translation>カードの おもてを うえに して、しろい わくの なかに おいて ください。</translation>
        </message>
        <message>
            <source>Hold still…</source>
            <translation>うごかさないで ください…</translation>
        </message>
        <message>
            <source>Taking the photo… keep still.</source>
            <translation>しゃしんを とって います… うごかさないで ください。</translation>
        </message>
        <message>
            <source>The camera is not available. Please ask staff.</source>
            <translation>カメラが つかえません。しょくいんに いって ください。</translation>
        </message>
        <message>
            <source>The photo could not be read. Please try again, or ask staff.</source>
            <translation>しゃしんが よめませんでした。もう いちど するか、しょくいんに いって ください。</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>もう いちど</translation>
        </message>
        <message>
            <source>The photo is used only to read your details and is deleted at once.</source>
            <translation>しゃしんは よみとりに だけ つかい、すぐに けします。</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation>しょくいんが てつだいます</translation>
        </message>
    </context>
    <context>
        <name>CardSlotPicture</name>
        <message>
            <source>Picture: the card goes into the reader below the screen, face up, chip first</source>
            <translation>え：カードは おもてを うえに して、がめんの したの きかいに いれます</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your details</source>
            <translation>じぶんの じょうほうを たしかめて ください</translation>
        </message>
        <message>
            <source>Please take your card out of the reader now. It is not needed any more.</source>
            <translation>カードを きかいから ぬいて ください。もう つかいません。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) to check or enter</source>
            <translation>
                <numerusform>たしかめる ところ：%nこ</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is checked.</source>
            <translation>ぜんぶ たしかめました。</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>つぎへ</translation>
        </message>
    </context>
    <context>
        <name>DetailsList</name>
        <message>
            <source>Name</source>
            <translation>なまえ</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation>なまえの よみかた（ふりがな）</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>うまれた ひ</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>せいべつ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>じゅうしょ</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation>ゆうびんばんごう（なくても よい）</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>でんわばんごう（なくても よい）</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>おとこ</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>おんな</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>かかない</translation>
        </message>
        <message>
            <source>as registered at the city office</source>
            <translation>しやくしょに とうろくした とおりに</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Finished. Please take your forms to:</source>
            <translation>おわりました。かみを この まどぐちへ もって いって ください：</translation>
        </message>
        <message>
            <source>Your card is still in the reader. Please take it with you.</source>
            <translation>カードが きかいに のこって います。もって かえって ください。</translation>
        </message>
        <message>
            <source>bring: %1</source>
            <translation>もって いく もの：%1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation>おかね（だいたい）：%1えん</translation>
        </message>
        <message>
            <source>A note with these steps was printed with your forms. Nothing you entered is kept on this machine.</source>
            <translation>この あんないも いっしょに いんさつ しました。いれた ことは この きかいに のこりません。</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>おわり</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <source>from your card</source>
            <translation>カードから</translation>
        </message>
        <message>
            <source>from the photo</source>
            <translation>しゃしんから</translation>
        </message>
        <message>
            <source>entered by staff</source>
            <translation>しょくいんが いれた</translation>
        </message>
        <message>
            <source>entered by you</source>
            <translation>あなたが いれた</translation>
        </message>
        <message>
            <source>suggestion: is this right?</source>
            <translation>これで あって いますか？</translation>
        </message>
        <message>
            <source>worked out from your card</source>
            <translation>カードから つくりました</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>（まだ ありません：いれて ください）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>たしかめて ください</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>ただしい</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>なおす</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>いれる</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Choose the forms you need (you can choose several)</source>
            <translation>ひつような かみを えらんで ください（いくつでも）</translation>
        </message>
        <message>
            <source>There is no form for this here yet. Please ask staff at the counter.</source>
            <translation>ここには まだ かみが ありません。まどぐちの しょくいんに いって ください。</translation>
        </message>
        <message>
            <source>Tap a form to choose it.</source>
            <translation>かみを おして えらんで ください。</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) chosen</source>
            <translation>
                <numerusform>%nまい えらびました</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <translation>つぎへ</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPage</name>
        <message>
            <source>Name</source>
            <translation>なまえ</translation>
        </message>
        <message>
            <source>Reading of the name (furigana)</source>
            <translation>なまえの よみかた</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>うまれた ひ</translation>
        </message>
        <message>
            <source>Relationship to you</source>
            <translation>あなたとの かんけい</translation>
        </message>
        <message>
            <source>Other people on the forms</source>
            <translation>かみに かく ほかの ひと</translation>
        </message>
        <message>
            <source>Are you the head of your household (世帯主)?</source>
            <translation>あなたは せたいぬし（いえの だいひょう）ですか？</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Please add the head of household with “Add a person”.</source>
            <translation>「ひとを ふやす」で せたいぬしを いれて ください。</translation>
        </message>
        <message>
            <source>(name missing)</source>
            <translation>（なまえが ない）</translation>
        </message>
        <message>
            <source>head of household</source>
            <translation>せたいぬし</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>なおす</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>けす</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>ひとを ふやす</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>つぎへ</translation>
        </message>
        <message>
            <source>About this person</source>
            <translation>この ひとに ついて</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>（まだ ありません：いれて ください）</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>いれる</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>おわり</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <source>The card was taken out. Please insert it again.</source>
            <translation>カードが ぬけました。もう いちど いれて ください。</translation>
        </message>
        <message>
            <source>This card cannot be read here. Please use the camera or ask staff.</source>
            <translation>この カードは ここでは よめません。カメラを つかうか、しょくいんに いって ください。</translation>
        </message>
        <message>
            <source>No card was found. Please insert it again.</source>
            <translation>カードが みつかりません。もう いちど いれて ください。</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation>カードが よめませんでした。もう いちど するか、しょくいんに いって ください。</translation>
        </message>
        <message>
            <source>Insert your My Number card or driver's licence</source>
            <translation>マイナンバーカードか うんてんめんきょしょうを いれて ください</translation>
        </message>
        <message>
            <source>The card reader is not available. Please use the camera or ask staff.</source>
            <translation>カードの きかいが つかえません。カメラを つかうか、しょくいんに いって ください。</translation>
        </message>
        <message>
            <source>No card, or you do not know the PIN?</source>
            <translation>カードが ない、あんしょうばんごうが わからない ひと</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation>カードを カメラで よむ</translation>
        </message>
        <message>
            <source>driver's licence, residence card, My Number card</source>
            <translation>うんてんめんきょしょう、ざいりゅうカード、マイナンバーカード</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation>しょくいんが てつだいます</translation>
        </message>
        <message>
            <source>a staff member types your details</source>
            <translation>しょくいんが かわりに いれます</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Keyboard</source>
            <translation>キーボード</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>なまえ</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation>なまえの よみかた（ふりがな）</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>うまれた ひ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>じゅうしょ</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation>ゆうびんばんごう（なくても よい）</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>でんわばんごう（なくても よい）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>やめる</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>けってい</translation>
        </message>
        <message>
            <source>Type the reading, then choose the characters here</source>
            <translation>よみを いれて、ここから かんじを えらんで ください</translation>
        </message>
        <message>
            <source>Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.</source>
            <translation>せいれきの ねん・つき・ひを 8けたで いれて ください（れい：1985ねん4がつ1にち は 19850401）。</translation>
        </message>
        <message>
            <source>゛ (voiced)</source>
            <translation>゛（てんてん）</translation>
        </message>
        <message>
            <source>゜ (p-sound)</source>
            <translation>゜（まる）</translation>
        </message>
        <message>
            <source>Small ゃ ゅ ょ っ</source>
            <translation>ちいさい ゃ ゅ ょ っ</translation>
        </message>
        <message>
            <source>Delete one</source>
            <translation>1もじ けす</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>あける</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>ぜんぶ けす</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Staff have been called. Please wait here.</source>
            <translation>しょくいんを よびました。ここで まって ください。</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation>しょくいんが そうさ する モード</translation>
        </message>
        <message>
            <source>%1 form kiosk — no writing needed</source>
            <translation>%1 かかない まどぐち</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation>もじを もとに もどす</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>もじを おおきく</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation>よぶのを やめる</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>しょくいんを よぶ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>しょくいん</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>もどる</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>さいしょから</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation>さいしょから やりなおしますか？</translation>
        </message>
        <message>
            <source>Everything you entered will be deleted.</source>
            <translation>いれた ことは ぜんぶ きえます。</translation>
        </message>
        <message>
            <source>Yes, start over</source>
            <translation>はい、さいしょから</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>いいえ、もどる</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>まだ つづけますか？</translation>
        </message>
        <message>
            <source>To protect your data, everything will be deleted in %1 seconds.</source>
            <translation>あなたの じょうほうを まもる ため、あと %1びょうで ぜんぶ けします。</translation>
        </message>
        <message>
            <source>I am still here — continue</source>
            <translation>つづける</translation>
        </message>
    </context>
    <context>
        <name>NeedsPage</name>
        <message>
            <source>I am moving house</source>
            <translation>ひっこし</translation>
        </message>
        <message>
            <source>A baby was born / child care</source>
            <translation>こどもが うまれた・こそだて</translation>
        </message>
        <message>
            <source>I need a certificate</source>
            <translation>しょうめいしょが ほしい</translation>
        </message>
        <message>
            <source>National Health Insurance</source>
            <translation>こくみん けんこう ほけん</translation>
        </message>
        <message>
            <source>I am applying for someone else</source>
            <translation>ほかの ひとの かわりに</translation>
        </message>
        <message>
            <source>moving in, moving out, moving within the city</source>
            <translation>ひっこして きた、でて いく、しの なかで ひっこす</translation>
        </message>
        <message>
            <source>birth, child allowance</source>
            <translation>うまれた とき、こどもの てあて</translation>
        </message>
        <message>
            <source>residence record, seal, tax certificates</source>
            <translation>じゅうみんひょう、はんこ、ぜいきんの しょうめい</translation>
        </message>
        <message>
            <source>join or leave</source>
            <translation>はいる・やめる</translation>
        </message>
        <message>
            <source>with a letter of proxy</source>
            <translation>いにんじょうが いります</translation>
        </message>
        <message>
            <source>What do you need today?</source>
            <translation>きょうは なにを しに きましたか？</translation>
        </message>
        <message>
            <source>Choose by the name of the form</source>
            <translation>かみの なまえから えらぶ</translation>
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>%1 of %2 digits entered</source>
            <translation>%2けたの うち %1けた いれました</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>けす</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>けってい</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>The PIN is not correct. Please check it and try again.</source>
            <translation>あんしょうばんごうが ちがいます。たしかめて もう いちど いれて ください。</translation>
        </message>
        <message>
            <source>This card's PIN is locked. Staff can help you at the counter.</source>
            <translation>この カードの あんしょうばんごうは つかえなく なって います。まどぐちで しょくいんが てつだいます。</translation>
        </message>
        <message>
            <source>The card did not answer. Please take it out and insert it again.</source>
            <translation>カードが うごきません。ぬいて もう いちど いれて ください。</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation>カードが よめませんでした。もう いちど するか、しょくいんに いって ください。</translation>
        </message>
        <message>
            <source>Enter your licence PIN (PIN 1, 4 digits)</source>
            <translation>めんきょしょうの あんしょうばんごう1（4けた）を いれて ください</translation>
        </message>
        <message>
            <source>Enter your card's 4-digit PIN</source>
            <translation>カードの あんしょうばんごう（4けた）を いれて ください</translation>
        </message>
        <message>
            <source>The 4-digit PIN 1 you set when the licence was issued.</source>
            <translation>めんきょしょうを もらった ときに きめた 4けたの ばんごうです。</translation>
        </message>
        <message>
            <source>The 4-digit PIN for the card's basic information (not the longer signature password).</source>
            <translation>カードを つくった ときに きめた 4けたの ばんごうです（ながい パスワードでは ありません）。</translation>
        </message>
        <message>
            <source>Tries left before the card locks: %1</source>
            <translation>あと %1かい まちがえると つかえなく なります</translation>
        </message>
        <message>
            <source>Reading your card… please do not take it out.</source>
            <translation>カードを よんで います… ぬかないで ください。</translation>
        </message>
        <message>
            <source>I don't know the PIN — use the camera</source>
            <translation>あんしょうばんごうが わからない（カメラで よむ）</translation>
        </message>
        <message>
            <source>Please ask staff</source>
            <translation>しょくいんに いって ください</translation>
        </message>
        <message>
            <source>Only one PIN try is left. So that your card does not lock, this kiosk will not use it.</source>
            <translation>あと 1かい まちがえると カードが つかえなく なります。だから ここでは いれません。</translation>
        </message>
        <message>
            <source>Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.</source>
            <translation>カードを ぬいて ください。まどぐちで しょくいんが てつだいます。カメラで よむ ことも できます。</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>しょくいんを よぶ</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation>カードを カメラで よむ</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>This is what will be printed</source>
            <translation>これが いんさつ されます</translation>
        </message>
        <message>
            <source>Preparing your forms…</source>
            <translation>かみを つくって います…</translation>
        </message>
        <message>
            <source>The forms could not be prepared. Please ask staff.</source>
            <translation>かみを つくれませんでした。しょくいんに いって ください。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>%2まいの うち %1まいめ</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) stay empty for you to write or sign by hand at the counter.</source>
            <translation>
                <numerusform>%nか所は あいて います。まどぐちで かいて ください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff will check the forms with you at the counter.</source>
            <translation>まどぐちで しょくいんが いっしょに たしかめます。</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>いんさつ する</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>The printer is out of paper. Staff have been called and will add paper. Please wait.</source>
            <translation>かみが なくなりました。しょくいんを よびました。まって ください。</translation>
        </message>
        <message>
            <source>Paper is stuck in the printer. Staff have been called. Please wait.</source>
            <translation>かみが つまりました。しょくいんを よびました。まって ください。</translation>
        </message>
        <message>
            <source>A printer cover is open. Staff have been called. Please wait.</source>
            <translation>プリンターの ふたが あいて います。しょくいんを よびました。まって ください。</translation>
        </message>
        <message>
            <source>The printer is not responding. Staff have been called. Please wait.</source>
            <translation>プリンターが うごきません。しょくいんを よびました。まって ください。</translation>
        </message>
        <message>
            <source>Printing did not finish</source>
            <translation>いんさつが おわりませんでした</translation>
        </message>
        <message>
            <source>Printing your forms…</source>
            <translation>かみを いんさつ して います…</translation>
        </message>
        <message>
            <source>Page %1 of %2 printed</source>
            <translation>%2まいの うち %1まい いんさつ しました</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation>プリンターに おくって います…</translation>
        </message>
        <message>
            <source>Nothing more will be printed. Staff have been called; you can also try again.</source>
            <translation>これいじょう いんさつ されません。しょくいんを よびました。もう いちど する ことも できます。</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>もう いちど</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Before we read your ID</source>
            <translation>カードを よむ まえに</translation>
        </message>
        <message>
            <source>We read your name, address, date of birth and sex, only to fill in the forms you chose.</source>
            <translation>なまえ、じゅうしょ、うまれた ひ、せいべつを よみます。えらんだ かみを かく ため だけに つかいます。</translation>
        </message>
        <message>
            <source>We never read or print your My Number (individual number).</source>
            <translation>マイナンバーは よみません。いんさつも しません。</translation>
        </message>
        <message>
            <source>Nothing is kept on this machine: everything is deleted when you finish or walk away.</source>
            <translation>この きかいには なにも のこりません。おわった とき、はなれた とき、ぜんぶ けします。</translation>
        </message>
        <message>
            <source>Staff check your ID at the counter as usual.</source>
            <translation>まどぐちで しょくいんが いつもの ように みぶんしょうめいしょを みます。</translation>
        </message>
        <message>
            <source>I understand — continue</source>
            <translation>わかりました（つぎへ）</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation>しつもん %1／%2</translation>
        </message>
        <message>
            <source>One less</source>
            <translation>1つ へらす</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>1つ ふやす</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation>（まだ ありません：いれて ください）</translation>
        </message>
        <message>
            <source>(none — you may leave this empty)</source>
            <translation>（なし：かかなくても よいです）</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>なおす</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>いれる</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>つぎへ</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Next steps</source>
            <translation>このあと する こと</translation>
        </message>
        <message>
            <source>Take your forms to: %1</source>
            <translation>かみを だす ところ：%1</translation>
        </message>
        <message>
            <source>Copies: %1</source>
            <translation>まいすう：%1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation>おかね（だいたい）：%1えん</translation>
        </message>
        <message>
            <source>Please bring: %1</source>
            <translation>もって くる もの：%1</translation>
        </message>
        <message>
            <source>Nothing you entered is kept on this machine.</source>
            <translation>いれた ことは この きかいに のこりません。</translation>
        </message>
    </context>
    <context>
        <name>StaffEntryPage</name>
        <message>
            <source>A staff member will type your details</source>
            <translation>しょくいんが かわりに いれます</translation>
        </message>
        <message>
            <source>Staff have been called. Please wait here; they will come to you.</source>
            <translation>しょくいんを よびました。ここで まって ください。</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>つぎへ</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Wrong staff PIN.</source>
            <translation>しょくいんの ばんごうが ちがいます。</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Staff mode is locked until the kiosk restarts.</source>
            <translation>まちがいが おおすぎます。しょくいんモードは つかえません。</translation>
        </message>
        <message>
            <source>Staff mode: enter the staff PIN</source>
            <translation>しょくいんモード：ばんごうを いれて ください</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>たしかめて います…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>とじる</translation>
        </message>
        <message>
            <source>Staff mode</source>
            <translation>しょくいんモード</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation>プリンター：%1</translation>
        </message>
        <message>
            <source>Card reader: %1</source>
            <translation>カードの きかい：%1</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation>てんけん</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation>しょくいんが そうさ する モード</translation>
        </message>
        <message>
            <source>Clear the staff call</source>
            <translation>よびだしを けす</translation>
        </message>
        <message>
            <source>Print a calibration proof:</source>
            <translation>ためしに いんさつ：</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation>しょくいんモードを とじる</translation>
        </message>
        <message>
            <source>Usage (anonymous)</source>
            <translation>つかわれた かず（なまえなし）</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation>しんせいしょを たしかめる</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check your answers</source>
            <translation>こたえを たしかめて ください</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>なおす</translation>
        </message>
        <message>
            <source>See the forms</source>
            <translation>かみを みる</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Fill in city office forms without writing</source>
            <translation>かみを かかずに つくれます</translation>
        </message>
        <message>
            <source>Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.</source>
            <translation>マイナンバーカードか めんきょしょうを つかって、しつもんに こたえると、かみを いんさつ します。2ふんぐらいです。</translation>
        </message>
        <message>
            <source>Choose your language below.</source>
            <translation>したの ボタンで ことばを えらべます。</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>はじめる</translation>
        </message>
        <message>
            <source>Your card goes into the reader, face up</source>
            <translation>カードは おもてを うえに して きかいへ</translation>
        </message>
    </context>
    <context>
        <name>StaffVerifyScreen</name>
        <message>
            <source>(left blank for handwriting)</source>
            <translation>（てがき の らん・くうらん）</translation>
        </message>
        <message>
            <source>Back to staff mode</source>
            <translation>しょくいん モードに もどる</translation>
        </message>
        <message>
            <source>Corrected by the resident: %1</source>
            <translation>じゅうみんが なおした ところ：%1</translation>
        </message>
        <message>
            <source>Corrected by the resident: nothing</source>
            <translation>じゅうみんが なおした ところ：なし</translation>
        </message>
        <message>
            <source>DEMO key: not an office key</source>
            <translation>デモの かぎ：やくしょの かぎでは ありません</translation>
        </message>
        <message>
            <source>Hand scanner: scan the code into this box</source>
            <translation>ハンドスキャナー：この らんに コードを よみとります</translation>
        </message>
        <message>
            <source>Identified by: %1</source>
            <translation>ほんにん かくにんの ほうほう：%1</translation>
        </message>
        <message>
            <source>Incomplete: this form continues on other pages. Scan them too.</source>
            <translation>たりません：この しんせいしょは ほかの ページに つづきます。その ページも よみとって ください。</translation>
        </message>
        <message>
            <source>Next printout</source>
            <translation>つぎの しんせいしょ</translation>
        </message>
        <message>
            <source>No camera: use the hand scanner.</source>
            <translation>カメラが ありません。ハンドスキャナーを つかって ください。</translation>
        </message>
        <message>
            <source>Not valid: signed by an unknown key (another kiosk or a retired key)</source>
            <translation>むこう：とうろく されていない かぎの しょめいです（べつの きかいか、つかわなくなった かぎ）</translation>
        </message>
        <message>
            <source>Not valid: the code was changed or is not genuine (bad signature)</source>
            <translation>むこう：コードが かえられたか、ほんものでは ありません（しょめいが あいません）</translation>
        </message>
        <message>
            <source>Pages still to scan: part %1 of %2</source>
            <translation>まだ よみとって いない ページ：ぜんぶで %2 の うち %1</translation>
        </message>
        <message>
            <source>Printed %1 at kiosk %2</source>
            <translation>いんさつ：%1（きかい %2）</translation>
        </message>
        <message>
            <source>Put the printout under the camera, or scan its code with the hand scanner.</source>
            <translation>しんせいしょを カメラの したに おくか、ハンドスキャナーで コードを よみとって ください。</translation>
        </message>
        <message>
            <source>Reading the page…</source>
            <translation>よみとって います…</translation>
        </message>
        <message>
            <source>Take a picture of the page</source>
            <translation>ページを とって たしかめる</translation>
        </message>
        <message>
            <source>The camera did not work (%1). Use the hand scanner.</source>
            <translation>カメラが つかえませんでした（%1）。ハンドスキャナーを つかって ください。</translation>
        </message>
        <message>
            <source>The picture of the page appears here.</source>
            <translation>ここに ページの えが でます。</translation>
        </message>
        <message>
            <source>Unreadable: no code could be read. Try again or use the hand scanner.</source>
            <translation>よみとれません：コードが よみとれませんでした。もう いちど とるか、ハンドスキャナーを つかって ください。</translation>
        </message>
        <message>
            <source>Valid: printed by a trusted kiosk and not changed</source>
            <translation>ゆうこう：とうろく された きかいで いんさつ され、かえられて いません</translation>
        </message>
        <message>
            <source>Verified, but this kiosk does not know this form version</source>
            <translation>しょめいは ただしいですが、この きかいは この ようしきの はんを しりません</translation>
        </message>
        <message>
            <source>corrected by staff</source>
            <translation>しょくいんが なおした</translation>
        </message>
        <message>
            <source>corrected by the resident</source>
            <translation>じゅうみんが なおした</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation>しんせいしょを たしかめる</translation>
        </message>
    </context>
</TS>