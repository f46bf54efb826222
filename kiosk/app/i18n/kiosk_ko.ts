<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
    <context>
        <name>Bring</name>
        <message>
            <source>An ID document (the card you used)</source>
            <translation type="unfinished">신분증 (사용하신 카드)</translation>
        </message>
        <message>
            <source>Letter of proxy</source>
            <translation type="unfinished">위임장</translation>
        </message>
        <message>
            <source>Personal seal (inkan)</source>
            <translation type="unfinished">도장 (인감)</translation>
        </message>
        <message>
            <source>Health insurance card</source>
            <translation type="unfinished">건강보험증</translation>
        </message>
        <message>
            <source>Maternal and child health handbook</source>
            <translation type="unfinished">모자건강수첩</translation>
        </message>
        <message>
            <source>Moving-out certificate</source>
            <translation type="unfinished">전출증명서</translation>
        </message>
        <message>
            <source>Bank book or bank card</source>
            <translation type="unfinished">통장 또는 은행 카드</translation>
        </message>
        <message>
            <source>Money for the fee</source>
            <translation type="unfinished">수수료</translation>
        </message>
    </context>
    <context>
        <name>CameraPage</name>
        <message>
            <source>Camera view</source>
            <translation type="unfinished">카메라 화면</translation>
        </message>
        <message>
            <source>Place your ID under the camera</source>
            <translation type="unfinished">신분증을 카메라 아래에 놓아 주세요</translation>
        </message>
        <message>
            <source>Lay the card inside the white frame, face up.</source>
            <translation type="unfinished">카드 앞면이 위로 오게 흰색 테두리 안에 놓아 주세요.</translation>
        </message>
        <message>
            <source>Hold still…</source>
            <translation type="unfinished">움직이지 마세요…</translation>
        </message>
        <message>
            <source>Taking the photo… keep still.</source>
            <translation type="unfinished">촬영 중입니다… 그대로 기다려 주세요.</translation>
        </message>
        <message>
            <source>The camera is not available. Please ask staff.</source>
            <translation type="unfinished">카메라를 사용할 수 없습니다. 직원에게 문의해 주세요.</translation>
        </message>
        <message>
            <source>The photo could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">사진을 읽을 수 없습니다. 다시 시도하거나 직원에게 문의해 주세요.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished">다시 시도</translation>
        </message>
        <message>
            <source>The photo is used only to read your details and is deleted at once.</source>
            <translation type="unfinished">사진은 정보를 읽는 데에만 사용하며 바로 삭제합니다.</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation type="unfinished">직원이 도와드립니다</translation>
        </message>
    </context>
    <context>
        <name>CardSlotPicture</name>
        <message>
            <source>Picture: the card goes into the reader below the screen, face up, chip first</source>
            <translation type="unfinished">그림: 카드는 앞면을 위로, 칩 쪽부터 화면 아래 리더기에 넣습니다</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your details</source>
            <translation type="unfinished">정보 확인</translation>
        </message>
        <message>
            <source>Please take your card out of the reader now. It is not needed any more.</source>
            <translation type="unfinished">이제 리더기에서 카드를 빼 주세요. 더 이상 필요하지 않습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) to check or enter</source>
            <translation type="unfinished">
                <numerusform>확인 또는 입력할 항목: %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is checked.</source>
            <translation type="unfinished">모두 확인했습니다.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">다음</translation>
        </message>
    </context>
    <context>
        <name>DetailsList</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">이름</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation type="unfinished">이름 읽는 법 (후리가나)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">생년월일</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished">성별</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">주소</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation type="unfinished">우편번호 (선택)</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation type="unfinished">전화번호 (선택)</translation>
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished">남</translation>
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished">여</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished">기재 안 함</translation>
        </message>
        <message>
            <source>as registered at the city office</source>
            <translation type="unfinished">시청에 등록된 대로</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Finished. Please take your forms to:</source>
            <translation type="unfinished">완료되었습니다. 서류를 다음 창구로 가져가 주세요:</translation>
        </message>
        <message>
            <source>Your card is still in the reader. Please take it with you.</source>
            <translation type="unfinished">카드가 아직 리더기에 있습니다. 꼭 가져가 주세요.</translation>
        </message>
        <message>
            <source>bring: %1</source>
            <translation type="unfinished">준비물: %1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation type="unfinished">수수료(예상): %1엔</translation>
        </message>
        <message>
            <source>A note with these steps was printed with your forms. Nothing you entered is kept on this machine.</source>
            <translation type="unfinished">이 안내는 서류와 함께 인쇄했습니다. 입력한 내용은 이 기계에 남지 않습니다.</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished">종료</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <source>from your card</source>
            <translation type="unfinished">카드에서</translation>
        </message>
        <message>
            <source>from the photo</source>
            <translation type="unfinished">사진에서</translation>
        </message>
        <message>
            <source>entered by staff</source>
            <translation type="unfinished">직원이 입력</translation>
        </message>
        <message>
            <source>entered by you</source>
            <translation type="unfinished">본인이 입력</translation>
        </message>
        <message>
            <source>suggestion: is this right?</source>
            <translation type="unfinished">제안: 이것이 맞습니까?</translation>
        </message>
        <message>
            <source>worked out from your card</source>
            <translation type="unfinished">카드 내용에서 작성</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(없음: 입력해 주세요)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished">(없음)</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation type="unfinished">확인해 주세요</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation type="unfinished">맞음</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">변경</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">입력</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Choose the forms you need (you can choose several)</source>
            <translation type="unfinished">필요한 서류를 선택해 주세요 (여러 개 선택 가능)</translation>
        </message>
        <message>
            <source>There is no form for this here yet. Please ask staff at the counter.</source>
            <translation type="unfinished">여기에는 아직 해당 서류가 없습니다. 창구 직원에게 문의해 주세요.</translation>
        </message>
        <message>
            <source>Tap a form to choose it.</source>
            <translation type="unfinished">서류를 눌러 선택하세요.</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) chosen</source>
            <translation type="unfinished">
                <numerusform>%n개 선택함</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">다음</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPage</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">이름</translation>
        </message>
        <message>
            <source>Reading of the name (furigana)</source>
            <translation type="unfinished">이름 읽는 법 (후리가나)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">생년월일</translation>
        </message>
        <message>
            <source>Relationship to you</source>
            <translation type="unfinished">본인과의 관계</translation>
        </message>
        <message>
            <source>Other people on the forms</source>
            <translation type="unfinished">서류에 기재할 다른 사람</translation>
        </message>
        <message>
            <source>Are you the head of your household (世帯主)?</source>
            <translation type="unfinished">본인이 세대주(世帯主)입니까?</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">예</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">아니요</translation>
        </message>
        <message>
            <source>Please add the head of household with “Add a person”.</source>
            <translation type="unfinished">‘사람 추가’로 세대주를 추가해 주세요.</translation>
        </message>
        <message>
            <source>(name missing)</source>
            <translation type="unfinished">(이름 없음)</translation>
        </message>
        <message>
            <source>head of household</source>
            <translation type="unfinished">세대주</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">변경</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished">삭제</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation type="unfinished">사람 추가</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">다음</translation>
        </message>
        <message>
            <source>About this person</source>
            <translation type="unfinished">이 사람에 대해</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(없음: 입력해 주세요)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">입력</translation>
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished">완료</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <source>The card was taken out. Please insert it again.</source>
            <translation type="unfinished">카드가 빠졌습니다. 다시 넣어 주세요.</translation>
        </message>
        <message>
            <source>This card cannot be read here. Please use the camera or ask staff.</source>
            <translation type="unfinished">이 카드는 여기에서 읽을 수 없습니다. 카메라를 사용하거나 직원에게 문의해 주세요.</translation>
        </message>
        <message>
            <source>No card was found. Please insert it again.</source>
            <translation type="unfinished">카드를 찾을 수 없습니다. 다시 넣어 주세요.</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">카드를 읽을 수 없습니다. 다시 시도하거나 직원에게 문의해 주세요.</translation>
        </message>
        <message>
            <source>Insert your My Number card or driver's licence</source>
            <translation type="unfinished">마이넘버 카드 또는 운전면허증을 넣어 주세요</translation>
        </message>
        <message>
            <source>The card reader is not available. Please use the camera or ask staff.</source>
            <translation type="unfinished">카드 리더기를 사용할 수 없습니다. 카메라를 사용하거나 직원에게 문의해 주세요.</translation>
        </message>
        <message>
            <source>No card, or you do not know the PIN?</source>
            <translation type="unfinished">카드가 없거나 비밀번호를 모르시나요?</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation type="unfinished">신분증을 카메라로 읽기</translation>
        </message>
        <message>
            <source>driver's licence, residence card, My Number card</source>
            <translation type="unfinished">운전면허증, 재류카드, 마이넘버 카드</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation type="unfinished">직원이 도와드립니다</translation>
        </message>
        <message>
            <source>a staff member types your details</source>
            <translation type="unfinished">직원이 정보를 입력합니다</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Keyboard</source>
            <translation type="unfinished">키보드</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">이름</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation type="unfinished">이름 읽는 법 (후리가나)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">생년월일</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">주소</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation type="unfinished">우편번호 (선택)</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation type="unfinished">전화번호 (선택)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">확인</translation>
        </message>
        <message>
            <source>Type the reading, then choose the characters here</source>
            <translation type="unfinished">읽는 법을 입력하고 여기에서 한자를 고르세요</translation>
        </message>
        <message>
            <source>Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.</source>
            <translation type="unfinished">연월일을 서기 8자리로 입력하세요. 예: 1985년 4월 1일은 19850401.</translation>
        </message>
        <message>
            <source>゛ (voiced)</source>
            <translation type="unfinished">゛ (탁점)</translation>
        </message>
        <message>
            <source>゜ (p-sound)</source>
            <translation type="unfinished">゜ (반탁점)</translation>
        </message>
        <message>
            <source>Small ゃ ゅ ょ っ</source>
            <translation type="unfinished">작은 글자 ゃ ゅ ょ っ</translation>
        </message>
        <message>
            <source>Delete one</source>
            <translation type="unfinished">한 글자 지우기</translation>
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished">띄어쓰기</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation type="unfinished">모두 지우기</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Staff have been called. Please wait here.</source>
            <translation type="unfinished">직원을 호출했습니다. 여기에서 기다려 주세요.</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation type="unfinished">직원 조작 모드</translation>
        </message>
        <message>
            <source>%1 form kiosk — no writing needed</source>
            <translation type="unfinished">%1 작성 없는 신청 키오스크</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation type="unfinished">보통 글자</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished">글자 크게</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation type="unfinished">호출 취소</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation type="unfinished">직원 호출</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">직원용</translation>
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished">뒤로</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished">처음부터</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation type="unfinished">처음부터 다시 하시겠습니까?</translation>
        </message>
        <message>
            <source>Everything you entered will be deleted.</source>
            <translation type="unfinished">입력한 내용은 모두 삭제됩니다.</translation>
        </message>
        <message>
            <source>Yes, start over</source>
            <translation type="unfinished">예, 처음부터</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation type="unfinished">아니요, 돌아가기</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation type="unfinished">계속하시겠습니까?</translation>
        </message>
        <message>
            <source>To protect your data, everything will be deleted in %1 seconds.</source>
            <translation type="unfinished">개인정보 보호를 위해 %1초 후 모든 내용을 삭제합니다.</translation>
        </message>
        <message>
            <source>I am still here — continue</source>
            <translation type="unfinished">계속하기</translation>
        </message>
    </context>
    <context>
        <name>NeedsPage</name>
        <message>
            <source>I am moving house</source>
            <translation type="unfinished">이사</translation>
        </message>
        <message>
            <source>A baby was born / child care</source>
            <translation type="unfinished">출산・육아</translation>
        </message>
        <message>
            <source>I need a certificate</source>
            <translation type="unfinished">증명서 발급</translation>
        </message>
        <message>
            <source>National Health Insurance</source>
            <translation type="unfinished">국민건강보험</translation>
        </message>
        <message>
            <source>I am applying for someone else</source>
            <translation type="unfinished">대리 신청</translation>
        </message>
        <message>
            <source>moving in, moving out, moving within the city</source>
            <translation type="unfinished">전입・전출・시내 이사</translation>
        </message>
        <message>
            <source>birth, child allowance</source>
            <translation type="unfinished">출생・아동수당</translation>
        </message>
        <message>
            <source>residence record, seal, tax certificates</source>
            <translation type="unfinished">주민표・인감증명・세금증명</translation>
        </message>
        <message>
            <source>join or leave</source>
            <translation type="unfinished">가입・탈퇴</translation>
        </message>
        <message>
            <source>with a letter of proxy</source>
            <translation type="unfinished">위임장 필요</translation>
        </message>
        <message>
            <source>What do you need today?</source>
            <translation type="unfinished">오늘은 어떤 용무로 오셨습니까?</translation>
        </message>
        <message>
            <source>Choose by the name of the form</source>
            <translation type="unfinished">서류 이름으로 선택</translation>
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>%1 of %2 digits entered</source>
            <translation type="unfinished">%2자리 중 %1자리 입력</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation type="unfinished">정정</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">확인</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>The PIN is not correct. Please check it and try again.</source>
            <translation type="unfinished">비밀번호가 틀립니다. 확인 후 다시 입력해 주세요.</translation>
        </message>
        <message>
            <source>This card's PIN is locked. Staff can help you at the counter.</source>
            <translation type="unfinished">이 카드의 비밀번호가 잠겼습니다. 창구에서 직원이 도와드립니다.</translation>
        </message>
        <message>
            <source>The card did not answer. Please take it out and insert it again.</source>
            <translation type="unfinished">카드가 응답하지 않습니다. 빼서 다시 넣어 주세요.</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">카드를 읽을 수 없습니다. 다시 시도하거나 직원에게 문의해 주세요.</translation>
        </message>
        <message>
            <source>Enter your licence PIN (PIN 1, 4 digits)</source>
            <translation type="unfinished">운전면허증 비밀번호 1(4자리)을 입력해 주세요</translation>
        </message>
        <message>
            <source>Enter your card's 4-digit PIN</source>
            <translation type="unfinished">카드 비밀번호 4자리를 입력해 주세요</translation>
        </message>
        <message>
            <source>The 4-digit PIN 1 you set when the licence was issued.</source>
            <translation type="unfinished">면허증 발급 시 정한 4자리 비밀번호 1입니다.</translation>
        </message>
        <message>
            <source>The 4-digit PIN for the card's basic information (not the longer signature password).</source>
            <translation type="unfinished">카드 기본정보용 4자리 비밀번호입니다(서명용 긴 비밀번호가 아닙니다).</translation>
        </message>
        <message>
            <source>Tries left before the card locks: %1</source>
            <translation type="unfinished">잠기기 전 남은 횟수: %1회</translation>
        </message>
        <message>
            <source>Reading your card… please do not take it out.</source>
            <translation type="unfinished">카드를 읽는 중입니다… 빼지 마세요.</translation>
        </message>
        <message>
            <source>I don't know the PIN — use the camera</source>
            <translation type="unfinished">비밀번호를 모름 — 카메라 사용</translation>
        </message>
        <message>
            <source>Please ask staff</source>
            <translation type="unfinished">직원에게 문의해 주세요</translation>
        </message>
        <message>
            <source>Only one PIN try is left. So that your card does not lock, this kiosk will not use it.</source>
            <translation type="unfinished">비밀번호 입력 기회가 1회 남았습니다. 카드가 잠기지 않도록 이 기계에서는 사용하지 않습니다.</translation>
        </message>
        <message>
            <source>Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.</source>
            <translation type="unfinished">카드를 빼 주세요. 창구에서 직원이 도와드리며, 카메라로 신분증을 읽을 수도 있습니다.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation type="unfinished">직원 호출</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation type="unfinished">신분증을 카메라로 읽기</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>This is what will be printed</source>
            <translation type="unfinished">인쇄될 내용입니다</translation>
        </message>
        <message>
            <source>Preparing your forms…</source>
            <translation type="unfinished">서류를 준비하는 중입니다…</translation>
        </message>
        <message>
            <source>The forms could not be prepared. Please ask staff.</source>
            <translation type="unfinished">서류를 만들 수 없습니다. 직원에게 문의해 주세요.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished">%2쪽 중 %1쪽</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) stay empty for you to write or sign by hand at the counter.</source>
            <translation type="unfinished">
                <numerusform>%n곳은 비어 있습니다. 창구에서 직접 쓰거나 서명해 주세요.</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff will check the forms with you at the counter.</source>
            <translation type="unfinished">창구에서 직원이 함께 확인합니다.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished">인쇄</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>The printer is out of paper. Staff have been called and will add paper. Please wait.</source>
            <translation type="unfinished">프린터 용지가 없습니다. 직원을 호출했으니 잠시 기다려 주세요.</translation>
        </message>
        <message>
            <source>Paper is stuck in the printer. Staff have been called. Please wait.</source>
            <translation type="unfinished">프린터에 용지가 걸렸습니다. 직원을 호출했으니 기다려 주세요.</translation>
        </message>
        <message>
            <source>A printer cover is open. Staff have been called. Please wait.</source>
            <translation type="unfinished">프린터 덮개가 열려 있습니다. 직원을 호출했으니 기다려 주세요.</translation>
        </message>
        <message>
            <source>The printer is not responding. Staff have been called. Please wait.</source>
            <translation type="unfinished">프린터가 응답하지 않습니다. 직원을 호출했으니 기다려 주세요.</translation>
        </message>
        <message>
            <source>Printing did not finish</source>
            <translation type="unfinished">인쇄가 완료되지 않았습니다</translation>
        </message>
        <message>
            <source>Printing your forms…</source>
            <translation type="unfinished">서류를 인쇄하는 중입니다…</translation>
        </message>
        <message>
            <source>Page %1 of %2 printed</source>
            <translation type="unfinished">%2쪽 중 %1쪽 인쇄 완료</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation type="unfinished">프린터로 보내는 중입니다…</translation>
        </message>
        <message>
            <source>Nothing more will be printed. Staff have been called; you can also try again.</source>
            <translation type="unfinished">더 이상 인쇄되지 않습니다. 직원을 호출했으며 다시 시도할 수도 있습니다.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished">다시 시도</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Before we read your ID</source>
            <translation type="unfinished">신분증을 읽기 전에</translation>
        </message>
        <message>
            <source>We read your name, address, date of birth and sex, only to fill in the forms you chose.</source>
            <translation type="unfinished">이름, 주소, 생년월일, 성별을 읽어 선택한 서류 작성에만 사용합니다.</translation>
        </message>
        <message>
            <source>We never read or print your My Number (individual number).</source>
            <translation type="unfinished">마이넘버(개인번호)는 읽거나 인쇄하지 않습니다.</translation>
        </message>
        <message>
            <source>Nothing is kept on this machine: everything is deleted when you finish or walk away.</source>
            <translation type="unfinished">이 기계에는 아무것도 남지 않습니다. 끝내거나 자리를 떠나면 모두 삭제합니다.</translation>
        </message>
        <message>
            <source>Staff check your ID at the counter as usual.</source>
            <translation type="unfinished">창구에서는 평소처럼 직원이 신분을 확인합니다.</translation>
        </message>
        <message>
            <source>I understand — continue</source>
            <translation type="unfinished">이해했습니다 — 계속</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation type="unfinished">질문 %1/%2</translation>
        </message>
        <message>
            <source>One less</source>
            <translation type="unfinished">하나 줄이기</translation>
        </message>
        <message>
            <source>One more</source>
            <translation type="unfinished">하나 늘리기</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">예</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">아니요</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(없음: 입력해 주세요)</translation>
        </message>
        <message>
            <source>(none — you may leave this empty)</source>
            <translation type="unfinished">(없음 — 비워 두어도 됩니다)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">변경</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">입력</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">다음</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Next steps</source>
            <translation type="unfinished">다음 절차</translation>
        </message>
        <message>
            <source>Take your forms to: %1</source>
            <translation type="unfinished">서류 제출처: %1</translation>
        </message>
        <message>
            <source>Copies: %1</source>
            <translation type="unfinished">부수: %1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation type="unfinished">수수료(예상): %1엔</translation>
        </message>
        <message>
            <source>Please bring: %1</source>
            <translation type="unfinished">준비물: %1</translation>
        </message>
        <message>
            <source>Nothing you entered is kept on this machine.</source>
            <translation type="unfinished">입력한 내용은 이 기계에 남지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>StaffEntryPage</name>
        <message>
            <source>A staff member will type your details</source>
            <translation type="unfinished">직원이 정보를 입력합니다</translation>
        </message>
        <message>
            <source>Staff have been called. Please wait here; they will come to you.</source>
            <translation type="unfinished">직원을 호출했습니다. 여기에서 기다려 주세요.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">다음</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Wrong staff PIN.</source>
            <translation type="unfinished">직원 비밀번호가 틀립니다.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Staff mode is locked until the kiosk restarts.</source>
            <translation type="unfinished">틀린 횟수가 너무 많습니다. 재시작할 때까지 직원 모드가 잠깁니다.</translation>
        </message>
        <message>
            <source>Staff mode: enter the staff PIN</source>
            <translation type="unfinished">직원 모드: 직원 비밀번호 입력</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished">확인 중…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">닫기</translation>
        </message>
        <message>
            <source>Staff mode</source>
            <translation type="unfinished">직원 모드</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation type="unfinished">프린터: %1</translation>
        </message>
        <message>
            <source>Card reader: %1</source>
            <translation type="unfinished">카드 리더기: %1</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation type="unfinished">자가 진단</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation type="unfinished">직원 조작 모드</translation>
        </message>
        <message>
            <source>Clear the staff call</source>
            <translation type="unfinished">호출 해제</translation>
        </message>
        <message>
            <source>Print a calibration proof:</source>
            <translation type="unfinished">위치 맞춤 시험 인쇄:</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation type="unfinished">직원 모드 닫기</translation>
        </message>
        <message>
            <source>Usage (anonymous)</source>
            <translation type="unfinished">이용 현황 (익명)</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation type="unfinished">출력물 확인</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check your answers</source>
            <translation type="unfinished">답변 확인</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">변경</translation>
        </message>
        <message>
            <source>See the forms</source>
            <translation type="unfinished">서류 보기</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Fill in city office forms without writing</source>
            <translation type="unfinished">직접 쓰지 않고 시청 서류를 작성합니다</translation>
        </message>
        <message>
            <source>Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.</source>
            <translation type="unfinished">마이넘버 카드나 운전면허증을 사용하고 몇 가지 질문에 답하면 서류를 인쇄합니다. 약 2분 걸립니다.</translation>
        </message>
        <message>
            <source>Choose your language below.</source>
            <translation type="unfinished">아래에서 언어를 선택하세요.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">시작</translation>
        </message>
        <message>
            <source>Your card goes into the reader, face up</source>
            <translation type="unfinished">카드는 앞면을 위로 하여 리더기에</translation>
        </message>
    </context>
    <context>
        <name>StaffVerifyScreen</name>
        <message>
            <source>(left blank for handwriting)</source>
            <translation type="unfinished">(손으로 쓰는 칸, 빈칸)</translation>
        </message>
        <message>
            <source>Back to staff mode</source>
            <translation type="unfinished">직원 모드로 돌아가기</translation>
        </message>
        <message>
            <source>Corrected by the resident: %1</source>
            <translation type="unfinished">주민이 고친 항목: %1</translation>
        </message>
        <message>
            <source>Corrected by the resident: nothing</source>
            <translation type="unfinished">주민이 고친 항목: 없음</translation>
        </message>
        <message>
            <source>DEMO key: not an office key</source>
            <translation type="unfinished">데모 키: 관공서 키가 아닙니다</translation>
        </message>
        <message>
            <source>Hand scanner: scan the code into this box</source>
            <translation type="unfinished">핸드 스캐너: 이 칸에 코드를 읽으세요</translation>
        </message>
        <message>
            <source>Identified by: %1</source>
            <translation type="unfinished">본인 확인 방법: %1</translation>
        </message>
        <message>
            <source>Incomplete: this form continues on other pages. Scan them too.</source>
            <translation type="unfinished">불완전: 이 신청서는 다른 페이지에 이어집니다. 그 페이지도 읽어 주세요.</translation>
        </message>
        <message>
            <source>Next printout</source>
            <translation type="unfinished">다음 출력물</translation>
        </message>
        <message>
            <source>No camera: use the hand scanner.</source>
            <translation type="unfinished">카메라가 없습니다: 핸드 스캐너를 사용하세요.</translation>
        </message>
        <message>
            <source>Not valid: signed by an unknown key (another kiosk or a retired key)</source>
            <translation type="unfinished">무효: 알 수 없는 키로 서명됨 (다른 단말기 또는 폐기된 키)</translation>
        </message>
        <message>
            <source>Not valid: the code was changed or is not genuine (bad signature)</source>
            <translation type="unfinished">무효: 코드가 변경되었거나 정품이 아닙니다 (서명 불일치)</translation>
        </message>
        <message>
            <source>Pages still to scan: part %1 of %2</source>
            <translation type="unfinished">아직 읽지 않은 페이지: 전체 %2 중 %1</translation>
        </message>
        <message>
            <source>Printed %1 at kiosk %2</source>
            <translation type="unfinished">인쇄: %1 (단말기 %2)</translation>
        </message>
        <message>
            <source>Put the printout under the camera, or scan its code with the hand scanner.</source>
            <translation type="unfinished">출력물을 카메라 아래에 놓거나 핸드 스캐너로 코드를 읽으세요.</translation>
        </message>
        <message>
            <source>Reading the page…</source>
            <translation type="unfinished">읽는 중…</translation>
        </message>
        <message>
            <source>Take a picture of the page</source>
            <translation type="unfinished">페이지를 촬영하여 확인</translation>
        </message>
        <message>
            <source>The camera did not work (%1). Use the hand scanner.</source>
            <translation type="unfinished">카메라가 작동하지 않았습니다 (%1). 핸드 스캐너를 사용하세요.</translation>
        </message>
        <message>
            <source>The picture of the page appears here.</source>
            <translation type="unfinished">여기에 페이지 사진이 표시됩니다.</translation>
        </message>
        <message>
            <source>Unreadable: no code could be read. Try again or use the hand scanner.</source>
            <translation type="unfinished">읽을 수 없음: 코드를 읽지 못했습니다. 다시 시도하거나 핸드 스캐너를 사용하세요.</translation>
        </message>
        <message>
            <source>Valid: printed by a trusted kiosk and not changed</source>
            <translation type="unfinished">유효: 등록된 단말기에서 인쇄되었고 변경되지 않았습니다</translation>
        </message>
        <message>
            <source>Verified, but this kiosk does not know this form version</source>
            <translation type="unfinished">서명은 유효하지만 이 단말기는 이 서식 버전을 모릅니다</translation>
        </message>
        <message>
            <source>corrected by staff</source>
            <translation type="unfinished">직원이 고침</translation>
        </message>
        <message>
            <source>corrected by the resident</source>
            <translation type="unfinished">주민이 고침</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation type="unfinished">출력물 확인</translation>
        </message>
    </context>
</TS>