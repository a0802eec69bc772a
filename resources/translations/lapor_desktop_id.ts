<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>App</name>
    <message>
        <source>This desk is not set up yet. The administrator sets it up once, in a terminal:

lapor-desktop setup --office-code TIDORE --office-name &quot;Pemerintah Kota Tidore Kepulauan&quot; --reference tidore-kepulauan.json

lapor-desktop users add admin --role admin --name &quot;Admin&quot;

then adds an account for every front-desk officer (users add NAME --role front_desk). Start LAPOR! Desk again afterwards.</source>
        <translation>Meja ini belum disiapkan. Admin menyiapkannya sekali saja, di terminal:

lapor-desktop setup --office-code TIDORE --office-name &quot;Pemerintah Kota Tidore Kepulauan&quot; --reference tidore-kepulauan.json

lapor-desktop users add admin --role admin --name &quot;Admin&quot;

lalu membuat akun untuk setiap petugas loket (users add NAMA --role front_desk). Setelah itu buka LAPOR! Desk lagi.</translation>
    </message>
    <message>
        <source>LAPOR! Desk</source>
        <translation>LAPOR! Desk</translation>
    </message>
    <message>
        <source>The database of this desk could not be opened (%1). Nothing was changed. Call the administrator; details are in the log file:
%2</source>
        <translation>Basis data meja ini tidak dapat dibuka (%1). Tidak ada yang diubah. Hubungi admin; rinciannya ada di berkas log:
%2</translation>
    </message>
    <message>
        <source>Preparing the training data…
The first time this takes up to a minute.</source>
        <translation>Menyiapkan data latihan…
Pertama kali, ini memakan waktu hingga satu menit.</translation>
    </message>
    <message>
        <source>LAPOR! Desk — training</source>
        <translation>LAPOR! Desk — latihan</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <source>&amp;New (Ctrl+N)</source>
        <translation>Baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Pulihkan draf</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Saved. Receipt number:</source>
        <translation>Tersimpan. Nomor tanda terima:</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>What is the complaint about, in a few words</source>
        <translation>Inti pengaduan dalam beberapa kata</translation>
    </message>
    <message>
        <source>What happened, where and when, as the reporter tells it</source>
        <translation>Apa yang terjadi, di mana dan kapan, sesuai cerita pelapor</translation>
    </message>
    <message>
        <source>Type to search the LAPOR! categories</source>
        <translation>Ketik untuk mencari kategori LAPOR!</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>Com&amp;plaint</source>
        <translation>Isi lapor&amp;an</translation>
    </message>
    <message>
        <source>Classi&amp;fication</source>
        <translation>&amp;Klasifikasi</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>S&amp;umber laporan</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Kate&amp;gori</translation>
    </message>
    <message>
        <source>Incident &amp;date</source>
        <translation>&amp;Tanggal kejadian</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>&amp;Anonymous: the reporter&apos;s identity is not shown</source>
        <translation>An&amp;onim: identitas pelapor tidak ditampilkan</translation>
    </message>
    <message>
        <source>C&amp;onfidential: the complaint is not published</source>
        <translation>&amp;Rahasia: laporan tidak dipublikasikan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation>Tele&amp;pon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>A&amp;lamat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>&amp;Kecamatan</source>
        <translation>Keca&amp;matan</translation>
    </message>
    <message>
        <source>Kelurahan/&amp;village</source>
        <translation>Kelurahan/&amp;desa</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Photos and scans (JPEG, PNG, PDF): add them or drop files here.</source>
        <translation>Foto dan pindaian (JPEG, PNG, PDF): tambahkan atau seret berkas ke sini.</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Tambah &amp;berkas…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Possibly related (last 60 days)</source>
        <translation>Mungkin terkait (60 hari terakhir)</translation>
    </message>
    <message>
        <source>Possibly related complaints</source>
        <translation>Pengaduan yang mungkin terkait</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Kertas tanda terima</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>Kertas A4</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Similar words, the same NIK or phone show up here as you type. Press Enter on one to reprint its receipt instead of recording it twice.</source>
        <translation>Laporan dengan kata mirip, NIK atau telepon yang sama muncul di sini saat Anda mengetik. Tekan Enter pada salah satunya untuk mencetak ulang tanda terimanya, agar tidak dicatat dua kali.</translation>
    </message>
    <message>
        <source>Complaint text</source>
        <translation>Isi laporan</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Sumber laporan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <source>Reporter name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <source>Reporter NIK</source>
        <translation>NIK pelapor</translation>
    </message>
    <message>
        <source>Reporter phone</source>
        <translation>Telepon pelapor</translation>
    </message>
    <message>
        <source>Reporter e-mail</source>
        <translation>E-mail pelapor</translation>
    </message>
    <message>
        <source>Reporter address</source>
        <translation>Alamat pelapor</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kelurahan or village</source>
        <translation>Kelurahan atau desa</translation>
    </message>
    <message>
        <source>Reprint a receipt…</source>
        <translation>Cetak ulang tanda terima…</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Gulungan 80 mm</translation>
    </message>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation>&amp;Cetak tanda terima (Ctrl+P)</translation>
    </message>
    <message>
        <source>PD&amp;F…</source>
        <translation>PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file</source>
        <translation>Simpan tanda terima sebagai berkas PDF</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib diisi</translation>
    </message>
    <message>
        <source>(decided at verification)</source>
        <translation>(ditetapkan saat verifikasi)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>Choose a category from the list, or leave it empty.</source>
        <translation>Pilih kategori dari daftar, atau kosongkan.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved yet: %n field(s) need attention.</source>
        <translation>
            <numerusform>Belum disimpan: %n isian perlu diperbaiki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (marked in red above).</source>
        <translation>
            <numerusform>…dan %n lagi (ditandai merah di atas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>To be verified by %1</source>
        <translation>Diverifikasi paling lambat %1</translation>
    </message>
    <message>
        <source>The complaint could not be saved because of a problem with the database. Nothing typed is lost: the form is kept as a draft. Try again; if it keeps failing, call the administrator.</source>
        <translation>Pengaduan tidak dapat disimpan karena ada masalah pada basis data. Isian tidak hilang: formulir disimpan sebagai draf. Coba lagi; bila terus gagal, hubungi admin.</translation>
    </message>
    <message>
        <source>Complaint saved</source>
        <translation>Pengaduan tersimpan</translation>
    </message>
    <message>
        <source>Start a new complaint?</source>
        <translation>Mulai pengaduan baru?</translation>
    </message>
    <message>
        <source>The form has not been saved. Throw away what was typed and start a new complaint?</source>
        <translation>Formulir belum disimpan. Buang isian ini dan mulai pengaduan baru?</translation>
    </message>
    <message>
        <source>Throw away and start new</source>
        <translation>Buang dan mulai baru</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengisi</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>Kosongkan formulir?</translation>
    </message>
    <message>
        <source>Throw away what was typed in this form? This cannot be undone.</source>
        <translation>Buang semua isian formulir ini? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>A complaint form was not saved (last change %1): “%2”. Restore it to finish and save it?</source>
        <translation>Ada formulir pengaduan yang belum disimpan (terakhir diubah %1): “%2”. Pulihkan untuk melengkapi dan menyimpannya?</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Buang draf?</translation>
    </message>
    <message>
        <source>Throw away the unsaved complaint form? This cannot be undone.</source>
        <translation>Buang formulir pengaduan yang belum disimpan? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Press Enter to reprint its receipt</source>
        <translation>Tekan Enter untuk mencetak ulang tanda terimanya</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Tambah lampiran</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Foto dan dokumen (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Photo made smaller for sending.</source>
        <translation>Foto diperkecil agar ringan dikirim.</translation>
    </message>
    <message>
        <source>%1: this kind of file is not supported. Use photos (JPEG, PNG) or PDF.</source>
        <translation>%1: jenis berkas ini tidak didukung. Gunakan foto (JPEG, PNG) atau PDF.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; at most %3 MB).</source>
        <translation>%1 terlalu besar (%2 MB; paling besar %3 MB).</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a picture.</source>
        <translation>%1 tidak dapat dibaca sebagai gambar.</translation>
    </message>
    <message>
        <source>The file could not be added.</source>
        <translation>Berkas tidak dapat ditambahkan.</translation>
    </message>
    <message>
        <source>Save the complaint first; then its receipt can be printed.</source>
        <translation>Simpan pengaduan lebih dulu; sesudah itu tanda terimanya dapat dicetak.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Cetak ulang tanda terima</translation>
    </message>
    <message>
        <source>Receipt number (for example TIDORE-AB12-260105-0001):</source>
        <translation>Nomor tanda terima (misalnya TIDORE-AB12-260105-0001):</translation>
    </message>
    <message>
        <source>No complaint has that receipt number.</source>
        <translation>Tidak ada pengaduan dengan nomor tanda terima itu.</translation>
    </message>
    <message>
        <source>The receipt could not be made. Details are in the log file.</source>
        <translation>Tanda terima tidak dapat dibuat. Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Front desk officer</source>
        <translation>Petugas Loket</translation>
    </message>
    <message>
        <source>Verifier (agency admin)</source>
        <translation>Verifikator (Admin Instansi)</translation>
    </message>
    <message>
        <source>Agency liaison</source>
        <translation>Penghubung OPD</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Pimpinan</translation>
    </message>
    <message>
        <source>System admin</source>
        <translation>Admin Sistem</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Belum Terverifikasi</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Waiting for information</source>
        <translation>Menunggu Kelengkapan Informasi</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Terdisposisi</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation>Bukan Wewenang</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Content blocked</source>
        <translation>Konten Terblokir</translation>
    </message>
    <message>
        <source>Complaint with supervisory content</source>
        <translation>Pengaduan Berkadar Pengawasan</translation>
    </message>
    <message>
        <source>Complaint without supervisory content</source>
        <translation>Pengaduan Tidak Berkadar Pengawasan</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Permintaan Informasi</translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Tatap Muka</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Pos Surat</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline Service</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Android app</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iOS app</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Kotak Saran</translation>
    </message>
    <message>
        <source>Mass media</source>
        <translation>Media Massa</translation>
    </message>
    <message>
        <source>Agency report</source>
        <translation>Lapor Instansi</translation>
    </message>
    <message>
        <source>Call Center 112</source>
        <translation>Call Center 112</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>similar text</source>
        <translation>teks mirip</translation>
    </message>
    <message>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>telepon sama</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due within one working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify and forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from LAPOR!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information requested from the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing information received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: not the agency&apos;s authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking ID assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited at the same time on another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded for a different agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the complaint is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Judul</translation>
    </message>
    <message>
        <source>Complaint text (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished">Klasifikasi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Kategori</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished">Lokasi</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation type="unfinished">Tanggal kejadian</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>LAPOR! Desk — Sign in</source>
        <translation>LAPOR! Desk — Masuk</translation>
    </message>
    <message>
        <source>LAPOR! Desk</source>
        <translation>LAPOR! Desk</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Masuk dengan akun petugas Anda.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>TRAINING — practice data only, nothing here is real</source>
        <translation>LATIHAN — hanya data latihan, tidak ada yang sungguhan di sini</translation>
    </message>
    <message>
        <source>Training accounts (password: %1)</source>
        <translation>Akun latihan (kata sandi: %1)</translation>
    </message>
    <message>
        <source>Training accounts</source>
        <translation>Akun latihan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Isi nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.</translation>
    </message>
    <message>
        <source>Sign-in failed because of a problem with the database. Details are in the log file.</source>
        <translation>Gagal masuk karena ada masalah pada basis data. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LAPOR! Desk — %1</source>
        <translation>LAPOR! Desk — %1</translation>
    </message>
    <message>
        <source>LAPOR! Desk — TRAINING — %1</source>
        <translation>LAPOR! Desk — LATIHAN — %1</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>LATIHAN</translation>
    </message>
    <message>
        <source>Practice data only: nothing here is real or reaches LAPOR!</source>
        <translation>Hanya data latihan: tidak ada yang sungguhan dan tidak ada yang dikirim ke LAPOR!</translation>
    </message>
    <message>
        <source>This page comes in a later version of LAPOR! Desk.</source>
        <translation>Halaman ini hadir pada versi LAPOR! Desk berikutnya.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrian</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Changes waiting to sync: …</source>
        <translation>Menunggu dikirim: …</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Masuk: %1 (%2)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message>
        <source>Hub: not connected</source>
        <translation>Hub: tidak tersambung</translation>
    </message>
    <message>
        <source>Hub: not enrolled</source>
        <translation>Hub: belum terdaftar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Waiting to sync: %1 · Last sync: %2</source>
        <translation>Menunggu dikirim: %1 · Sinkron terakhir: %2</translation>
    </message>
    <message>
        <source>A background task failed (%1). Details are in the log file.</source>
        <translation>Sebuah tugas latar gagal (%1). Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Quit LAPOR! Desk?</source>
        <translation>Keluar dari LAPOR! Desk?</translation>
    </message>
    <message>
        <source>The complaint form has not been saved yet. What was typed is kept as a draft and offered back the next time the program starts.</source>
        <translation>Formulir pengaduan belum disimpan. Isiannya disimpan sebagai draf dan ditawarkan lagi saat program dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Quit and keep the draft</source>
        <translation>Keluar, simpan draf</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Receipt %1 — print preview</source>
        <translation>Tanda terima %1 — pratinjau cetak</translation>
    </message>
</context>
</TS>
