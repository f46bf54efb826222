<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>Bring</name>
        <message>
            <source>An ID document (the card you used)</source>
            <translation type="unfinished">Giấy tờ tùy thân (thẻ bạn đã dùng)</translation>
        </message>
        <message>
            <source>Letter of proxy</source>
            <translation type="unfinished">Giấy ủy quyền</translation>
        </message>
        <message>
            <source>Personal seal (inkan)</source>
            <translation type="unfinished">Con dấu cá nhân (inkan)</translation>
        </message>
        <message>
            <source>Health insurance card</source>
            <translation type="unfinished">Thẻ bảo hiểm y tế</translation>
        </message>
        <message>
            <source>Maternal and child health handbook</source>
            <translation type="unfinished">Sổ tay sức khỏe mẹ và bé</translation>
        </message>
        <message>
            <source>Moving-out certificate</source>
            <translation type="unfinished">Giấy chứng nhận chuyển đi</translation>
        </message>
        <message>
            <source>Bank book or bank card</source>
            <translation type="unfinished">Sổ ngân hàng hoặc thẻ ngân hàng</translation>
        </message>
        <message>
            <source>Money for the fee</source>
            <translation type="unfinished">Tiền lệ phí</translation>
        </message>
    </context>
    <context>
        <name>CameraPage</name>
        <message>
            <source>Camera view</source>
            <translation type="unfinished">Hình ảnh từ camera</translation>
        </message>
        <message>
            <source>Place your ID under the camera</source>
            <translation type="unfinished">Đặt giấy tờ tùy thân dưới camera</translation>
        </message>
        <message>
            <source>Lay the card inside the white frame, face up.</source>
            <translation type="unfinished">Đặt thẻ ngửa mặt trước, nằm trong khung trắng.</translation>
        </message>
        <message>
            <source>Hold still…</source>
            <translation type="unfinished">Giữ yên…</translation>
        </message>
        <message>
            <source>Taking the photo… keep still.</source>
            <translation type="unfinished">Đang chụp ảnh… xin giữ yên.</translation>
        </message>
        <message>
            <source>The camera is not available. Please ask staff.</source>
            <translation type="unfinished">Camera không dùng được. Xin hỏi nhân viên.</translation>
        </message>
        <message>
            <source>The photo could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">Không đọc được ảnh. Xin thử lại hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished">Thử lại</translation>
        </message>
        <message>
            <source>The photo is used only to read your details and is deleted at once.</source>
            <translation type="unfinished">Ảnh chỉ dùng để đọc thông tin và được xóa ngay.</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation type="unfinished">Nhân viên sẽ giúp</translation>
        </message>
    </context>
    <context>
        <name>CardSlotPicture</name>
        <message>
            <source>Picture: the card goes into the reader below the screen, face up, chip first</source>
            <translation type="unfinished">Hình: đưa thẻ ngửa mặt, đầu có chip vào trước, vào đầu đọc dưới màn hình</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check your details</source>
            <translation type="unfinished">Kiểm tra thông tin của bạn</translation>
        </message>
        <message>
            <source>Please take your card out of the reader now. It is not needed any more.</source>
            <translation type="unfinished">Xin rút thẻ ra khỏi đầu đọc. Không cần thẻ nữa.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) to check or enter</source>
            <translation type="unfinished">
                <numerusform>%n mục cần kiểm tra hoặc nhập</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything is checked.</source>
            <translation type="unfinished">Đã kiểm tra hết.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Tiếp</translation>
        </message>
    </context>
    <context>
        <name>DetailsList</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">Họ tên</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation type="unfinished">Cách đọc tên (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">Ngày sinh</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished">Giới tính</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Địa chỉ</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation type="unfinished">Mã bưu điện (không bắt buộc)</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation type="unfinished">Số điện thoại (không bắt buộc)</translation>
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished">Nam</translation>
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished">Nữ</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished">Không ghi</translation>
        </message>
        <message>
            <source>as registered at the city office</source>
            <translation type="unfinished">như đã đăng ký ở tòa thị chính</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Finished. Please take your forms to:</source>
            <translation type="unfinished">Xong. Xin mang giấy tờ đến:</translation>
        </message>
        <message>
            <source>Your card is still in the reader. Please take it with you.</source>
            <translation type="unfinished">Thẻ của bạn vẫn còn trong đầu đọc. Xin mang theo.</translation>
        </message>
        <message>
            <source>bring: %1</source>
            <translation type="unfinished">mang theo: %1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation type="unfinished">Lệ phí (ước tính): %1 yên</translation>
        </message>
        <message>
            <source>A note with these steps was printed with your forms. Nothing you entered is kept on this machine.</source>
            <translation type="unfinished">Hướng dẫn này đã được in cùng giấy tờ. Máy không lưu lại thông tin bạn đã nhập.</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished">Kết thúc</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <source>from your card</source>
            <translation type="unfinished">từ thẻ của bạn</translation>
        </message>
        <message>
            <source>from the photo</source>
            <translation type="unfinished">từ ảnh</translation>
        </message>
        <message>
            <source>entered by staff</source>
            <translation type="unfinished">nhân viên đã nhập</translation>
        </message>
        <message>
            <source>entered by you</source>
            <translation type="unfinished">bạn đã nhập</translation>
        </message>
        <message>
            <source>suggestion: is this right?</source>
            <translation type="unfinished">gợi ý: có đúng không?</translation>
        </message>
        <message>
            <source>worked out from your card</source>
            <translation type="unfinished">suy ra từ thẻ của bạn</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(chưa có: xin nhập)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished">(không có)</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation type="unfinished">Xin kiểm tra</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation type="unfinished">Đúng</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Sửa</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">Nhập</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Choose the forms you need (you can choose several)</source>
            <translation type="unfinished">Chọn giấy tờ bạn cần (có thể chọn nhiều)</translation>
        </message>
        <message>
            <source>There is no form for this here yet. Please ask staff at the counter.</source>
            <translation type="unfinished">Ở đây chưa có giấy tờ này. Xin hỏi nhân viên ở quầy.</translation>
        </message>
        <message>
            <source>Tap a form to choose it.</source>
            <translation type="unfinished">Chạm vào giấy tờ để chọn.</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) chosen</source>
            <translation type="unfinished">
                <numerusform>Đã chọn %n giấy tờ</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Tiếp</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPage</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">Họ tên</translation>
        </message>
        <message>
            <source>Reading of the name (furigana)</source>
            <translation type="unfinished">Cách đọc tên (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">Ngày sinh</translation>
        </message>
        <message>
            <source>Relationship to you</source>
            <translation type="unfinished">Quan hệ với bạn</translation>
        </message>
        <message>
            <source>Other people on the forms</source>
            <translation type="unfinished">Những người khác trong giấy tờ</translation>
        </message>
        <message>
            <source>Are you the head of your household (世帯主)?</source>
            <translation type="unfinished">Bạn có phải là chủ hộ (世帯主) không?</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Không</translation>
        </message>
        <message>
            <source>Please add the head of household with “Add a person”.</source>
            <translation type="unfinished">Xin thêm chủ hộ bằng “Thêm người”.</translation>
        </message>
        <message>
            <source>(name missing)</source>
            <translation type="unfinished">(chưa có tên)</translation>
        </message>
        <message>
            <source>head of household</source>
            <translation type="unfinished">chủ hộ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Sửa</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished">Xóa</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation type="unfinished">Thêm người</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Tiếp</translation>
        </message>
        <message>
            <source>About this person</source>
            <translation type="unfinished">Về người này</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(chưa có: xin nhập)</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">Nhập</translation>
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished">Xong</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <source>The card was taken out. Please insert it again.</source>
            <translation type="unfinished">Thẻ đã bị rút ra. Xin cắm lại.</translation>
        </message>
        <message>
            <source>This card cannot be read here. Please use the camera or ask staff.</source>
            <translation type="unfinished">Không đọc được thẻ này ở đây. Xin dùng camera hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>No card was found. Please insert it again.</source>
            <translation type="unfinished">Không thấy thẻ. Xin cắm lại.</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">Không đọc được thẻ. Xin thử lại hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>Insert your My Number card or driver's licence</source>
            <translation type="unfinished">Xin cắm thẻ My Number hoặc bằng lái xe</translation>
        </message>
        <message>
            <source>The card reader is not available. Please use the camera or ask staff.</source>
            <translation type="unfinished">Đầu đọc thẻ không dùng được. Xin dùng camera hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>No card, or you do not know the PIN?</source>
            <translation type="unfinished">Không có thẻ, hoặc không nhớ mã PIN?</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation type="unfinished">Đưa giấy tờ cho camera đọc</translation>
        </message>
        <message>
            <source>driver's licence, residence card, My Number card</source>
            <translation type="unfinished">bằng lái xe, thẻ lưu trú, thẻ My Number</translation>
        </message>
        <message>
            <source>Staff will help</source>
            <translation type="unfinished">Nhân viên sẽ giúp</translation>
        </message>
        <message>
            <source>a staff member types your details</source>
            <translation type="unfinished">nhân viên nhập thông tin giúp bạn</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Keyboard</source>
            <translation type="unfinished">Bàn phím</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Họ tên</translation>
        </message>
        <message>
            <source>Reading of your name (furigana)</source>
            <translation type="unfinished">Cách đọc tên (furigana)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">Ngày sinh</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Địa chỉ</translation>
        </message>
        <message>
            <source>Postal code (optional)</source>
            <translation type="unfinished">Mã bưu điện (không bắt buộc)</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation type="unfinished">Số điện thoại (không bắt buộc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Hủy</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
        <message>
            <source>Type the reading, then choose the characters here</source>
            <translation type="unfinished">Nhập cách đọc rồi chọn chữ ở đây</translation>
        </message>
        <message>
            <source>Type the year, month and day as 8 digits, for example 19850401 for 1 April 1985.</source>
            <translation type="unfinished">Nhập năm, tháng, ngày bằng 8 chữ số, ví dụ 19850401 là ngày 1/4/1985.</translation>
        </message>
        <message>
            <source>゛ (voiced)</source>
            <translation type="unfinished">゛ (dakuten)</translation>
        </message>
        <message>
            <source>゜ (p-sound)</source>
            <translation type="unfinished">゜ (handakuten)</translation>
        </message>
        <message>
            <source>Small ゃ ゅ ょ っ</source>
            <translation type="unfinished">Chữ nhỏ ゃ ゅ ょ っ</translation>
        </message>
        <message>
            <source>Delete one</source>
            <translation type="unfinished">Xóa một chữ</translation>
        </message>
        <message>
            <source>Space</source>
            <translation type="unfinished">Dấu cách</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation type="unfinished">Xóa hết</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Staff have been called. Please wait here.</source>
            <translation type="unfinished">Đã gọi nhân viên. Xin đợi ở đây.</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation type="unfinished">Chế độ nhân viên thao tác</translation>
        </message>
        <message>
            <source>%1 form kiosk — no writing needed</source>
            <translation type="unfinished">%1 — làm giấy tờ không cần viết</translation>
        </message>
        <message>
            <source>Normal text</source>
            <translation type="unfinished">Chữ bình thường</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished">Chữ to hơn</translation>
        </message>
        <message>
            <source>Cancel the call</source>
            <translation type="unfinished">Hủy gọi</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation type="unfinished">Gọi nhân viên</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">Nhân viên</translation>
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished">Quay lại</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished">Làm lại từ đầu</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation type="unfinished">Làm lại từ đầu?</translation>
        </message>
        <message>
            <source>Everything you entered will be deleted.</source>
            <translation type="unfinished">Mọi thông tin bạn đã nhập sẽ bị xóa.</translation>
        </message>
        <message>
            <source>Yes, start over</source>
            <translation type="unfinished">Có, làm lại</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation type="unfinished">Không, quay lại</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation type="unfinished">Bạn vẫn còn ở đây chứ?</translation>
        </message>
        <message>
            <source>To protect your data, everything will be deleted in %1 seconds.</source>
            <translation type="unfinished">Để bảo vệ thông tin, mọi thứ sẽ bị xóa sau %1 giây.</translation>
        </message>
        <message>
            <source>I am still here — continue</source>
            <translation type="unfinished">Tôi vẫn ở đây — tiếp tục</translation>
        </message>
    </context>
    <context>
        <name>NeedsPage</name>
        <message>
            <source>I am moving house</source>
            <translation type="unfinished">Chuyển nhà</translation>
        </message>
        <message>
            <source>A baby was born / child care</source>
            <translation type="unfinished">Sinh con / nuôi con</translation>
        </message>
        <message>
            <source>I need a certificate</source>
            <translation type="unfinished">Cần giấy chứng nhận</translation>
        </message>
        <message>
            <source>National Health Insurance</source>
            <translation type="unfinished">Bảo hiểm y tế quốc dân</translation>
        </message>
        <message>
            <source>I am applying for someone else</source>
            <translation type="unfinished">Làm thay cho người khác</translation>
        </message>
        <message>
            <source>moving in, moving out, moving within the city</source>
            <translation type="unfinished">chuyển đến, chuyển đi, chuyển trong thành phố</translation>
        </message>
        <message>
            <source>birth, child allowance</source>
            <translation type="unfinished">khai sinh, trợ cấp trẻ em</translation>
        </message>
        <message>
            <source>residence record, seal, tax certificates</source>
            <translation type="unfinished">phiếu cư trú, con dấu, chứng nhận thuế</translation>
        </message>
        <message>
            <source>join or leave</source>
            <translation type="unfinished">tham gia hoặc rút</translation>
        </message>
        <message>
            <source>with a letter of proxy</source>
            <translation type="unfinished">cần giấy ủy quyền</translation>
        </message>
        <message>
            <source>What do you need today?</source>
            <translation type="unfinished">Hôm nay bạn cần làm gì?</translation>
        </message>
        <message>
            <source>Choose by the name of the form</source>
            <translation type="unfinished">Chọn theo tên giấy tờ</translation>
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>%1 of %2 digits entered</source>
            <translation type="unfinished">Đã nhập %1 trên %2 chữ số</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation type="unfinished">Xóa</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <source>The PIN is not correct. Please check it and try again.</source>
            <translation type="unfinished">Mã PIN không đúng. Xin kiểm tra và nhập lại.</translation>
        </message>
        <message>
            <source>This card's PIN is locked. Staff can help you at the counter.</source>
            <translation type="unfinished">Mã PIN của thẻ này đã bị khóa. Nhân viên ở quầy sẽ giúp bạn.</translation>
        </message>
        <message>
            <source>The card did not answer. Please take it out and insert it again.</source>
            <translation type="unfinished">Thẻ không phản hồi. Xin rút ra và cắm lại.</translation>
        </message>
        <message>
            <source>The card could not be read. Please try again, or ask staff.</source>
            <translation type="unfinished">Không đọc được thẻ. Xin thử lại hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>Enter your licence PIN (PIN 1, 4 digits)</source>
            <translation type="unfinished">Nhập mã PIN 1 của bằng lái (4 chữ số)</translation>
        </message>
        <message>
            <source>Enter your card's 4-digit PIN</source>
            <translation type="unfinished">Nhập mã PIN 4 chữ số của thẻ</translation>
        </message>
        <message>
            <source>The 4-digit PIN 1 you set when the licence was issued.</source>
            <translation type="unfinished">Mã PIN 1 gồm 4 chữ số bạn đặt khi được cấp bằng lái.</translation>
        </message>
        <message>
            <source>The 4-digit PIN for the card's basic information (not the longer signature password).</source>
            <translation type="unfinished">Mã PIN 4 chữ số cho thông tin cơ bản của thẻ (không phải mật khẩu chữ ký dài).</translation>
        </message>
        <message>
            <source>Tries left before the card locks: %1</source>
            <translation type="unfinished">Số lần thử còn lại trước khi khóa: %1</translation>
        </message>
        <message>
            <source>Reading your card… please do not take it out.</source>
            <translation type="unfinished">Đang đọc thẻ… xin đừng rút ra.</translation>
        </message>
        <message>
            <source>I don't know the PIN — use the camera</source>
            <translation type="unfinished">Không nhớ mã PIN — dùng camera</translation>
        </message>
        <message>
            <source>Please ask staff</source>
            <translation type="unfinished">Xin hỏi nhân viên</translation>
        </message>
        <message>
            <source>Only one PIN try is left. So that your card does not lock, this kiosk will not use it.</source>
            <translation type="unfinished">Chỉ còn 1 lần thử mã PIN. Để thẻ không bị khóa, máy này sẽ không dùng lần đó.</translation>
        </message>
        <message>
            <source>Please take your card out. Staff can help you at the counter, or you can show your ID to the camera.</source>
            <translation type="unfinished">Xin rút thẻ ra. Nhân viên ở quầy sẽ giúp, hoặc bạn có thể đưa giấy tờ cho camera.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation type="unfinished">Gọi nhân viên</translation>
        </message>
        <message>
            <source>Show your ID to the camera</source>
            <translation type="unfinished">Đưa giấy tờ cho camera đọc</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>This is what will be printed</source>
            <translation type="unfinished">Đây là nội dung sẽ được in</translation>
        </message>
        <message>
            <source>Preparing your forms…</source>
            <translation type="unfinished">Đang chuẩn bị giấy tờ…</translation>
        </message>
        <message>
            <source>The forms could not be prepared. Please ask staff.</source>
            <translation type="unfinished">Không thể chuẩn bị giấy tờ. Xin hỏi nhân viên.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished">Trang %1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n box(es) stay empty for you to write or sign by hand at the counter.</source>
            <translation type="unfinished">
                <numerusform>%n ô để trống để bạn viết tay hoặc ký ở quầy.</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff will check the forms with you at the counter.</source>
            <translation type="unfinished">Nhân viên sẽ cùng bạn kiểm tra giấy tờ ở quầy.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished">In</translation>
        </message>
    </context>
    <context>
        <name>PrintingPage</name>
        <message>
            <source>The printer is out of paper. Staff have been called and will add paper. Please wait.</source>
            <translation type="unfinished">Máy in hết giấy. Đã gọi nhân viên đến thêm giấy. Xin đợi.</translation>
        </message>
        <message>
            <source>Paper is stuck in the printer. Staff have been called. Please wait.</source>
            <translation type="unfinished">Giấy bị kẹt trong máy in. Đã gọi nhân viên. Xin đợi.</translation>
        </message>
        <message>
            <source>A printer cover is open. Staff have been called. Please wait.</source>
            <translation type="unfinished">Nắp máy in đang mở. Đã gọi nhân viên. Xin đợi.</translation>
        </message>
        <message>
            <source>The printer is not responding. Staff have been called. Please wait.</source>
            <translation type="unfinished">Máy in không phản hồi. Đã gọi nhân viên. Xin đợi.</translation>
        </message>
        <message>
            <source>Printing did not finish</source>
            <translation type="unfinished">Chưa in xong</translation>
        </message>
        <message>
            <source>Printing your forms…</source>
            <translation type="unfinished">Đang in giấy tờ…</translation>
        </message>
        <message>
            <source>Page %1 of %2 printed</source>
            <translation type="unfinished">Đã in %1 / %2 trang</translation>
        </message>
        <message>
            <source>Sending to the printer…</source>
            <translation type="unfinished">Đang gửi đến máy in…</translation>
        </message>
        <message>
            <source>Nothing more will be printed. Staff have been called; you can also try again.</source>
            <translation type="unfinished">Sẽ không in thêm gì nữa. Đã gọi nhân viên; bạn cũng có thể thử lại.</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished">Thử lại</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Before we read your ID</source>
            <translation type="unfinished">Trước khi đọc giấy tờ của bạn</translation>
        </message>
        <message>
            <source>We read your name, address, date of birth and sex, only to fill in the forms you chose.</source>
            <translation type="unfinished">Chúng tôi đọc họ tên, địa chỉ, ngày sinh và giới tính, chỉ để điền giấy tờ bạn đã chọn.</translation>
        </message>
        <message>
            <source>We never read or print your My Number (individual number).</source>
            <translation type="unfinished">Chúng tôi không bao giờ đọc hay in mã số cá nhân (My Number) của bạn.</translation>
        </message>
        <message>
            <source>Nothing is kept on this machine: everything is deleted when you finish or walk away.</source>
            <translation type="unfinished">Máy không lưu lại gì: mọi thứ bị xóa khi bạn xong hoặc rời đi.</translation>
        </message>
        <message>
            <source>Staff check your ID at the counter as usual.</source>
            <translation type="unfinished">Nhân viên vẫn kiểm tra giấy tờ của bạn ở quầy như thường lệ.</translation>
        </message>
        <message>
            <source>I understand — continue</source>
            <translation type="unfinished">Tôi hiểu — tiếp tục</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <source>Question %1 of %2</source>
            <translation type="unfinished">Câu hỏi %1 / %2</translation>
        </message>
        <message>
            <source>One less</source>
            <translation type="unfinished">Bớt một</translation>
        </message>
        <message>
            <source>One more</source>
            <translation type="unfinished">Thêm một</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Không</translation>
        </message>
        <message>
            <source>(missing: please enter)</source>
            <translation type="unfinished">(chưa có: xin nhập)</translation>
        </message>
        <message>
            <source>(none — you may leave this empty)</source>
            <translation type="unfinished">(không có — có thể để trống)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Sửa</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished">Nhập</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Tiếp</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Next steps</source>
            <translation type="unfinished">Các bước tiếp theo</translation>
        </message>
        <message>
            <source>Take your forms to: %1</source>
            <translation type="unfinished">Mang giấy tờ đến: %1</translation>
        </message>
        <message>
            <source>Copies: %1</source>
            <translation type="unfinished">Số bản: %1</translation>
        </message>
        <message>
            <source>Fee (estimate): %1 yen</source>
            <translation type="unfinished">Lệ phí (ước tính): %1 yên</translation>
        </message>
        <message>
            <source>Please bring: %1</source>
            <translation type="unfinished">Xin mang theo: %1</translation>
        </message>
        <message>
            <source>Nothing you entered is kept on this machine.</source>
            <translation type="unfinished">Máy không lưu lại thông tin bạn đã nhập.</translation>
        </message>
    </context>
    <context>
        <name>StaffEntryPage</name>
        <message>
            <source>A staff member will type your details</source>
            <translation type="unfinished">Nhân viên sẽ nhập thông tin cho bạn</translation>
        </message>
        <message>
            <source>Staff have been called. Please wait here; they will come to you.</source>
            <translation type="unfinished">Đã gọi nhân viên. Xin đợi ở đây; nhân viên sẽ đến.</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Tiếp</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Wrong staff PIN.</source>
            <translation type="unfinished">Sai mã PIN nhân viên.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Staff mode is locked until the kiosk restarts.</source>
            <translation type="unfinished">Sai quá nhiều lần. Chế độ nhân viên bị khóa đến khi khởi động lại.</translation>
        </message>
        <message>
            <source>Staff mode: enter the staff PIN</source>
            <translation type="unfinished">Chế độ nhân viên: nhập mã PIN nhân viên</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished">Đang kiểm tra…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Đóng</translation>
        </message>
        <message>
            <source>Staff mode</source>
            <translation type="unfinished">Chế độ nhân viên</translation>
        </message>
        <message>
            <source>Printer: %1</source>
            <translation type="unfinished">Máy in: %1</translation>
        </message>
        <message>
            <source>Card reader: %1</source>
            <translation type="unfinished">Đầu đọc thẻ: %1</translation>
        </message>
        <message>
            <source>Self-test</source>
            <translation type="unfinished">Tự kiểm tra</translation>
        </message>
        <message>
            <source>Staff-operated mode</source>
            <translation type="unfinished">Chế độ nhân viên thao tác</translation>
        </message>
        <message>
            <source>Clear the staff call</source>
            <translation type="unfinished">Tắt cuộc gọi nhân viên</translation>
        </message>
        <message>
            <source>Print a calibration proof:</source>
            <translation type="unfinished">In bản thử căn chỉnh:</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation type="unfinished">Đóng chế độ nhân viên</translation>
        </message>
        <message>
            <source>Usage (anonymous)</source>
            <translation type="unfinished">Tình hình sử dụng (ẩn danh)</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation type="unfinished">Kiểm tra bản in</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check your answers</source>
            <translation type="unfinished">Kiểm tra câu trả lời</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Sửa</translation>
        </message>
        <message>
            <source>See the forms</source>
            <translation type="unfinished">Xem giấy tờ</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Fill in city office forms without writing</source>
            <translation type="unfinished">Làm giấy tờ ở tòa thị chính mà không cần viết</translation>
        </message>
        <message>
            <source>Use your My Number card or driver's licence, answer a few questions, and the kiosk prints your forms. It takes about two minutes.</source>
            <translation type="unfinished">Dùng thẻ My Number hoặc bằng lái xe, trả lời vài câu hỏi, máy sẽ in giấy tờ. Mất khoảng hai phút.</translation>
        </message>
        <message>
            <source>Choose your language below.</source>
            <translation type="unfinished">Chọn ngôn ngữ ở bên dưới.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">Bắt đầu</translation>
        </message>
        <message>
            <source>Your card goes into the reader, face up</source>
            <translation type="unfinished">Cắm thẻ vào đầu đọc, mặt trước hướng lên</translation>
        </message>
    </context>
    <context>
        <name>StaffVerifyScreen</name>
        <message>
            <source>(left blank for handwriting)</source>
            <translation type="unfinished">(để trống để viết tay)</translation>
        </message>
        <message>
            <source>Back to staff mode</source>
            <translation type="unfinished">Quay lại chế độ nhân viên</translation>
        </message>
        <message>
            <source>Corrected by the resident: %1</source>
            <translation type="unfinished">Người dân đã sửa: %1</translation>
        </message>
        <message>
            <source>Corrected by the resident: nothing</source>
            <translation type="unfinished">Người dân đã sửa: không có</translation>
        </message>
        <message>
            <source>DEMO key: not an office key</source>
            <translation type="unfinished">Khóa DEMO: không phải khóa của cơ quan</translation>
        </message>
        <message>
            <source>Hand scanner: scan the code into this box</source>
            <translation type="unfinished">Máy quét cầm tay: quét mã vào ô này</translation>
        </message>
        <message>
            <source>Identified by: %1</source>
            <translation type="unfinished">Cách xác minh danh tính: %1</translation>
        </message>
        <message>
            <source>Incomplete: this form continues on other pages. Scan them too.</source>
            <translation type="unfinished">Chưa đủ: mẫu này tiếp tục ở trang khác. Hãy quét cả các trang đó.</translation>
        </message>
        <message>
            <source>Next printout</source>
            <translation type="unfinished">Bản in tiếp theo</translation>
        </message>
        <message>
            <source>No camera: use the hand scanner.</source>
            <translation type="unfinished">Không có camera: hãy dùng máy quét cầm tay.</translation>
        </message>
        <message>
            <source>Not valid: signed by an unknown key (another kiosk or a retired key)</source>
            <translation type="unfinished">Không hợp lệ: ký bằng khóa không xác định (máy khác hoặc khóa đã ngừng dùng)</translation>
        </message>
        <message>
            <source>Not valid: the code was changed or is not genuine (bad signature)</source>
            <translation type="unfinished">Không hợp lệ: mã đã bị thay đổi hoặc không phải bản thật (chữ ký sai)</translation>
        </message>
        <message>
            <source>Pages still to scan: part %1 of %2</source>
            <translation type="unfinished">Trang còn phải quét: phần %1 trên %2</translation>
        </message>
        <message>
            <source>Printed %1 at kiosk %2</source>
            <translation type="unfinished">In lúc %1 tại máy %2</translation>
        </message>
        <message>
            <source>Put the printout under the camera, or scan its code with the hand scanner.</source>
            <translation type="unfinished">Đặt bản in dưới camera, hoặc quét mã bằng máy quét cầm tay.</translation>
        </message>
        <message>
            <source>Reading the page…</source>
            <translation type="unfinished">Đang đọc trang…</translation>
        </message>
        <message>
            <source>Take a picture of the page</source>
            <translation type="unfinished">Chụp trang để kiểm tra</translation>
        </message>
        <message>
            <source>The camera did not work (%1). Use the hand scanner.</source>
            <translation type="unfinished">Camera không hoạt động (%1). Hãy dùng máy quét cầm tay.</translation>
        </message>
        <message>
            <source>The picture of the page appears here.</source>
            <translation type="unfinished">Ảnh của trang hiện ở đây.</translation>
        </message>
        <message>
            <source>Unreadable: no code could be read. Try again or use the hand scanner.</source>
            <translation type="unfinished">Không đọc được: không đọc được mã. Hãy thử lại hoặc dùng máy quét cầm tay.</translation>
        </message>
        <message>
            <source>Valid: printed by a trusted kiosk and not changed</source>
            <translation type="unfinished">Hợp lệ: in từ máy đáng tin cậy và không bị thay đổi</translation>
        </message>
        <message>
            <source>Verified, but this kiosk does not know this form version</source>
            <translation type="unfinished">Đã xác minh, nhưng máy này không biết phiên bản mẫu này</translation>
        </message>
        <message>
            <source>corrected by staff</source>
            <translation type="unfinished">nhân viên đã sửa</translation>
        </message>
        <message>
            <source>corrected by the resident</source>
            <translation type="unfinished">người dân đã sửa</translation>
        </message>
        <message>
            <source>Verify a printout</source>
            <translation type="unfinished">Kiểm tra bản in</translation>
        </message>
    </context>
</TS>