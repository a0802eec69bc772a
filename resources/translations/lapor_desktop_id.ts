<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>App</name>
    <message>
        <location filename="../../lapor_desktop/app.py" line="42"/>
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
        <location filename="../../lapor_desktop/app.py" line="79"/>
        <source>LAPOR! Desk</source>
        <translation>LAPOR! Desk</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/app.py" line="81"/>
        <source>The database of this desk could not be opened (%1). Nothing was changed. Call the administrator; details are in the log file:
%2</source>
        <translation>Basis data meja ini tidak dapat dibuka (%1). Tidak ada yang diubah. Hubungi admin; rinciannya ada di berkas log:
%2</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../lapor_desktop/ui/dialogs.py" line="24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="138"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="835"/>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="145"/>
        <source>&amp;New (Ctrl+N)</source>
        <translation>Baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="147"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="782"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="164"/>
        <source>Restore the draft</source>
        <translation>Pulihkan draf</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="166"/>
        <source>Discard it</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="181"/>
        <source>Saved. Receipt number:</source>
        <translation>Tersimpan. Nomor tanda terima:</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="186"/>
        <source>Receipt number</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="205"/>
        <source>Complaint</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="210"/>
        <source>What is the complaint about, in a few words</source>
        <translation>Inti pengaduan dalam beberapa kata</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="213"/>
        <source>What happened, where and when, as the reporter tells it</source>
        <translation>Apa yang terjadi, di mana dan kapan, sesuai cerita pelapor</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="220"/>
        <source>Type to search the LAPOR! categories</source>
        <translation>Ketik untuk mencari kategori LAPOR!</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="227"/>
        <source>(not known)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="229"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="230"/>
        <source>Com&amp;plaint</source>
        <translation>Isi lapor&amp;an</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="231"/>
        <source>Classi&amp;fication</source>
        <translation>&amp;Klasifikasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="232"/>
        <source>C&amp;hannel</source>
        <translation>S&amp;umber laporan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="233"/>
        <source>Cate&amp;gory</source>
        <translation>Kate&amp;gori</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="234"/>
        <source>Incident &amp;date</source>
        <translation>&amp;Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="237"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="244"/>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="252"/>
        <source>&amp;Anonymous: the reporter&apos;s identity is not shown</source>
        <translation>An&amp;onim: identitas pelapor tidak ditampilkan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="253"/>
        <source>C&amp;onfidential: the complaint is not published</source>
        <translation>&amp;Rahasia: laporan tidak dipublikasikan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="255"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="256"/>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="257"/>
        <source>Phon&amp;e</source>
        <translation>Tele&amp;pon</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="258"/>
        <source>E-&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="259"/>
        <source>Add&amp;ress</source>
        <translation>A&amp;lamat</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="263"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="271"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="272"/>
        <source>&amp;Kecamatan</source>
        <translation>Keca&amp;matan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="273"/>
        <source>Kelurahan/&amp;village</source>
        <translation>Kelurahan/&amp;desa</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="276"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="282"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="291"/>
        <source>Photos and scans (JPEG, PNG, PDF): add them or drop files here.</source>
        <translation>Foto dan pindaian (JPEG, PNG, PDF): tambahkan atau seret berkas ke sini.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="295"/>
        <source>Add &amp;file…</source>
        <translation>Tambah &amp;berkas…</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="297"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="313"/>
        <source>Possibly related (last 60 days)</source>
        <translation>Mungkin terkait (60 hari terakhir)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="319"/>
        <source>Possibly related complaints</source>
        <translation>Pengaduan yang mungkin terkait</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="403"/>
        <source>Receipt paper</source>
        <translation>Kertas tanda terima</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="404"/>
        <source>A4 paper</source>
        <translation>Kertas A4</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="411"/>
        <source>Pape&amp;r</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="363"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="322"/>
        <source>Similar words, the same NIK or phone show up here as you type. Press Enter on one to reprint its receipt instead of recording it twice.</source>
        <translation>Laporan dengan kata mirip, NIK atau telepon yang sama muncul di sini saat Anda mengetik. Tekan Enter pada salah satunya untuk mencetak ulang tanda terimanya, agar tidak dicatat dua kali.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="363"/>
        <source>Complaint text</source>
        <translation>Isi laporan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="364"/>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="365"/>
        <source>Channel</source>
        <translation>Sumber laporan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="366"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="382"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="367"/>
        <source>Incident date</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="368"/>
        <source>Reporter name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="369"/>
        <source>Reporter NIK</source>
        <translation>NIK pelapor</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="370"/>
        <source>Reporter phone</source>
        <translation>Telepon pelapor</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="371"/>
        <source>Reporter e-mail</source>
        <translation>E-mail pelapor</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="372"/>
        <source>Reporter address</source>
        <translation>Alamat pelapor</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="373"/>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="374"/>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="375"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="376"/>
        <source>Kelurahan or village</source>
        <translation>Kelurahan atau desa</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="399"/>
        <source>Reprint a receipt…</source>
        <translation>Cetak ulang tanda terima…</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="405"/>
        <source>80 mm roll</source>
        <translation>Gulungan 80 mm</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="406"/>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation>&amp;Cetak tanda terima (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="408"/>
        <source>PD&amp;F…</source>
        <translation>PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="410"/>
        <source>Save the receipt as a PDF file</source>
        <translation>Simpan tanda terima sebagai berkas PDF</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="447"/>
        <source>Required</source>
        <translation>Wajib diisi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="514"/>
        <source>(decided at verification)</source>
        <translation>(ditetapkan saat verifikasi)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="535"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="551"/>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="700"/>
        <source>Choose a category from the list, or leave it empty.</source>
        <translation>Pilih kategori dari daftar, atau kosongkan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lapor_desktop/ui/intake.py" line="740"/>
        <source>Not saved yet: %n field(s) need attention.</source>
        <translation>
            <numerusform>Belum disimpan: %n isian perlu diperbaiki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lapor_desktop/ui/intake.py" line="745"/>
        <source>…and %n more (marked in red above).</source>
        <translation>
            <numerusform>…dan %n lagi (ditandai merah di atas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="782"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="805"/>
        <source>To be verified by %1</source>
        <translation>Diverifikasi paling lambat %1</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="823"/>
        <source>The complaint could not be saved because of a problem with the database. Nothing typed is lost: the form is kept as a draft. Try again; if it keeps failing, call the administrator.</source>
        <translation>Pengaduan tidak dapat disimpan karena ada masalah pada basis data. Isian tidak hilang: formulir disimpan sebagai draf. Coba lagi; bila terus gagal, hubungi admin.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="835"/>
        <source>Complaint saved</source>
        <translation>Pengaduan tersimpan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="854"/>
        <source>Start a new complaint?</source>
        <translation>Mulai pengaduan baru?</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="855"/>
        <source>The form has not been saved. Throw away what was typed and start a new complaint?</source>
        <translation>Formulir belum disimpan. Buang isian ini dan mulai pengaduan baru?</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="856"/>
        <source>Throw away and start new</source>
        <translation>Buang dan mulai baru</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="856"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="868"/>
        <source>Keep editing</source>
        <translation>Lanjut mengisi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="866"/>
        <source>Clear the form?</source>
        <translation>Kosongkan formulir?</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="867"/>
        <source>Throw away what was typed in this form? This cannot be undone.</source>
        <translation>Buang semua isian formulir ini? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="868"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="957"/>
        <source>Throw away</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="928"/>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="929"/>
        <source>A complaint form was not saved (last change %1): “%2”. Restore it to finish and save it?</source>
        <translation>Ada formulir pengaduan yang belum disimpan (terakhir diubah %1): “%2”. Pulihkan untuk melengkapi dan menyimpannya?</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="955"/>
        <source>Discard the draft?</source>
        <translation>Buang draf?</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="956"/>
        <source>Throw away the unsaved complaint form? This cannot be undone.</source>
        <translation>Buang formulir pengaduan yang belum disimpan? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="957"/>
        <source>Keep it</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="995"/>
        <source>Press Enter to reprint its receipt</source>
        <translation>Tekan Enter untuk mencetak ulang tanda terimanya</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1006"/>
        <source>Add attachments</source>
        <translation>Tambah lampiran</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1007"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Foto dan dokumen (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1043"/>
        <source>Photo made smaller for sending.</source>
        <translation>Foto diperkecil agar ringan dikirim.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1057"/>
        <source>%1: this kind of file is not supported. Use photos (JPEG, PNG) or PDF.</source>
        <translation>%1: jenis berkas ini tidak didukung. Gunakan foto (JPEG, PNG) atau PDF.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1059"/>
        <source>%1 is too large (%2 MB; at most %3 MB).</source>
        <translation>%1 terlalu besar (%2 MB; paling besar %3 MB).</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1062"/>
        <source>%1 was not found.</source>
        <translation>%1 tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1064"/>
        <source>%1 cannot be read as a picture.</source>
        <translation>%1 tidak dapat dibaca sebagai gambar.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1068"/>
        <source>The file could not be added.</source>
        <translation>Berkas tidak dapat ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1095"/>
        <source>Save the complaint first; then its receipt can be printed.</source>
        <translation>Simpan pengaduan lebih dulu; sesudah itu tanda terimanya dapat dicetak.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1105"/>
        <source>Save receipt as PDF</source>
        <translation>Simpan tanda terima sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1106"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1112"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="1122"/>
        <location filename="../../lapor_desktop/ui/intake.py" line="1124"/>
        <source>Reprint a receipt</source>
        <translation>Cetak ulang tanda terima</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1113"/>
        <source>Receipt number (for example TIDORE-AB12-260105-0001):</source>
        <translation>Nomor tanda terima (misalnya TIDORE-AB12-260105-0001):</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1122"/>
        <source>No complaint has that receipt number.</source>
        <translation>Tidak ada pengaduan dengan nomor tanda terima itu.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/intake.py" line="1125"/>
        <source>The receipt could not be made. Details are in the log file.</source>
        <translation>Tanda terima tidak dapat dibuat. Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="14"/>
        <source>Front desk officer</source>
        <translation>Petugas Loket</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="15"/>
        <source>Verifier (agency admin)</source>
        <translation>Verifikator (Admin Instansi)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="16"/>
        <source>Agency liaison</source>
        <translation>Penghubung OPD</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="17"/>
        <source>Supervisor</source>
        <translation>Pimpinan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="18"/>
        <source>System admin</source>
        <translation>Admin Sistem</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="19"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="20"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="21"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="25"/>
        <source>Not yet verified</source>
        <translation>Belum Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="26"/>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="27"/>
        <source>Waiting for information</source>
        <translation>Menunggu Kelengkapan Informasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="28"/>
        <source>Forwarded</source>
        <translation>Terdisposisi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="29"/>
        <source>Followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="30"/>
        <source>Not our authority</source>
        <translation>Bukan Wewenang</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="31"/>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="32"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="33"/>
        <source>Content blocked</source>
        <translation>Konten Terblokir</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="37"/>
        <source>Complaint with supervisory content</source>
        <translation>Pengaduan Berkadar Pengawasan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="38"/>
        <source>Complaint without supervisory content</source>
        <translation>Pengaduan Tidak Berkadar Pengawasan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="39"/>
        <source>Request for information</source>
        <translation>Permintaan Informasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="40"/>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="44"/>
        <source>Walk-in</source>
        <translation>Tatap Muka</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="45"/>
        <source>Letter</source>
        <translation>Pos Surat</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="46"/>
        <source>Hotline</source>
        <translation>Hotline Service</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="47"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="48"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="49"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="50"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="51"/>
        <source>Android app</source>
        <translation>Android</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="52"/>
        <source>iOS app</source>
        <translation>iOS</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="53"/>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="54"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="55"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="56"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="57"/>
        <source>Suggestion box</source>
        <translation>Kotak Saran</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="58"/>
        <source>Mass media</source>
        <translation>Media Massa</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="59"/>
        <source>Agency report</source>
        <translation>Lapor Instansi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="60"/>
        <source>Call Center 112</source>
        <translation>Call Center 112</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="61"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="65"/>
        <source>similar text</source>
        <translation>teks mirip</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="66"/>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/labels.py" line="67"/>
        <source>same phone</source>
        <translation>telepon sama</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="33"/>
        <source>LAPOR! Desk — Sign in</source>
        <translation>LAPOR! Desk — Masuk</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="36"/>
        <source>LAPOR! Desk</source>
        <translation>LAPOR! Desk</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="44"/>
        <source>Sign in with your staff account.</source>
        <translation>Masuk dengan akun petugas Anda.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="49"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="53"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="57"/>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="58"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="70"/>
        <location filename="../../lapor_desktop/ui/login.py" line="127"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="73"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="98"/>
        <source>Enter your user name and password.</source>
        <translation>Isi nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="113"/>
        <source>User name or password is wrong, or the account is disabled.</source>
        <translation>Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="115"/>
        <source>Sign-in failed because of a problem with the database. Details are in the log file.</source>
        <translation>Gagal masuk karena ada masalah pada basis data. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/login.py" line="127"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="60"/>
        <source>LAPOR! Desk — %1</source>
        <translation>LAPOR! Desk — %1</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="88"/>
        <source>This page comes in a later version of LAPOR! Desk.</source>
        <translation>Halaman ini hadir pada versi LAPOR! Desk berikutnya.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="90"/>
        <source>Front desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="91"/>
        <source>Queue</source>
        <translation>Antrian</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="92"/>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="93"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="94"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="131"/>
        <source>Changes waiting to sync: …</source>
        <translation>Menunggu dikirim: …</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="136"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Masuk: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="143"/>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="162"/>
        <source>Hub: not connected</source>
        <translation>Hub: tidak tersambung</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="164"/>
        <source>Hub: not enrolled</source>
        <translation>Hub: belum terdaftar</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="169"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="170"/>
        <source>Waiting to sync: %1 · Last sync: %2</source>
        <translation>Menunggu dikirim: %1 · Sinkron terakhir: %2</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="176"/>
        <source>A background task failed (%1). Details are in the log file.</source>
        <translation>Sebuah tugas latar gagal (%1). Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="202"/>
        <source>Quit LAPOR! Desk?</source>
        <translation>Keluar dari LAPOR! Desk?</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="203"/>
        <source>The complaint form has not been saved yet. What was typed is kept as a draft and offered back the next time the program starts.</source>
        <translation>Formulir pengaduan belum disimpan. Isiannya disimpan sebagai draf dan ditawarkan lagi saat program dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="206"/>
        <source>Quit and keep the draft</source>
        <translation>Keluar, simpan draf</translation>
    </message>
    <message>
        <location filename="../../lapor_desktop/ui/main_window.py" line="206"/>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../lapor_desktop/ui/printing.py" line="116"/>
        <source>Receipt %1 — print preview</source>
        <translation>Tanda terima %1 — pratinjau cetak</translation>
    </message>
</context>
</TS>
