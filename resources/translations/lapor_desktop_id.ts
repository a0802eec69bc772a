<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>ActionBar</name>
        <message>
            <source>Actions</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>Cetak ulang tanda terima</translation>
        </message>
        <message>
            <source>No action is open to your role for this complaint.</source>
            <translation>Tidak ada tindakan yang dapat dilakukan peran Anda pada laporan ini.</translation>
        </message>
        <message>
            <source>Not possible while the complaint is: %1</source>
            <translation>Tidak dapat dilakukan selama status laporan: %1</translation>
        </message>
        <message>
            <source>This complaint has no receipt number</source>
            <translation>Laporan ini tidak memiliki nomor tanda terima</translation>
        </message>
        <message>
            <source>Enter into LAPOR!…</source>
            <translation>Masukkan ke LAPOR!…</translation>
        </message>
        <message>
            <source>This complaint already has its LAPOR! Tracking ID</source>
            <translation>Laporan ini sudah memiliki Tracking ID LAPOR!</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>%1 — %2 complaints</source>
            <translation>%1 — %2 laporan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Simpan catatan</translation>
        </message>
        <message>
            <source>The complaint is complete and within the office's remit.</source>
            <translation>Laporan sudah lengkap dan termasuk urusan kantor ini.</translation>
        </message>
        <message>
            <source>Ask the reporter for what is missing. The deadline is paused until the information arrives.</source>
            <translation>Minta pelapor melengkapi yang kurang. Tenggat waktu dijeda sampai informasinya diterima.</translation>
        </message>
        <message>
            <source>The reporter's missing information has arrived; the deadline runs again.</source>
            <translation>Kelengkapan informasi dari pelapor sudah diterima; tenggat waktu berjalan lagi.</translation>
        </message>
        <message>
            <source>Forward (disposisi) to the agency responsible for the follow-up.</source>
            <translation>Disposisikan ke instansi yang bertanggung jawab menindaklanjuti.</translation>
        </message>
        <message>
            <source>This complaint is not your agency's authority. It goes back to the verifier to be forwarded elsewhere.</source>
            <translation>Laporan ini bukan wewenang instansi Anda. Laporan kembali ke verifikator untuk didisposisikan ke instansi lain.</translation>
        </message>
        <message>
            <source>Record what your agency did about this complaint.</source>
            <translation>Catat tindak lanjut yang sudah dilakukan instansi Anda.</translation>
        </message>
        <message>
            <source>Record the reporter's reply.</source>
            <translation>Catat tanggapan pelapor.</translation>
        </message>
        <message>
            <source>Close the complaint as finished.</source>
            <translation>Tutup laporan karena sudah selesai.</translation>
        </message>
        <message>
            <source>Archive the complaint; the reason is kept with it.</source>
            <translation>Arsipkan laporan; alasannya disimpan bersama laporan.</translation>
        </message>
        <message>
            <source>Open the complaint again.</source>
            <translation>Buka kembali laporan ini.</translation>
        </message>
        <message>
            <source>A note for the office only; the reporter never sees it.</source>
            <translation>Catatan khusus untuk kantor; pelapor tidak pernah melihatnya.</translation>
        </message>
        <message>
            <source>Add photos or scanned documents (JPEG, PNG, PDF).</source>
            <translation>Tambahkan foto atau pindaian dokumen (JPEG, PNG, PDF).</translation>
        </message>
        <message>
            <source>Who may see the reporter's identity and the complaint.</source>
            <translation>Siapa yang boleh melihat identitas pelapor dan isi laporan.</translation>
        </message>
        <message>
            <source>Correct the complaint. The text as first written is always kept.</source>
            <translation>Perbaiki laporan. Isi laporan awal selalu disimpan.</translation>
        </message>
        <message>
            <source>This is done for each of the %1 selected complaints.</source>
            <translation>Dilakukan untuk setiap %1 laporan yang dipilih.</translation>
        </message>
        <message>
            <source>This settles the conflicting changes.</source>
            <translation>Ini menyelesaikan perubahan yang bertentangan.</translation>
        </message>
        <message>
            <source>Yes, change who may read this complaint (Confidential)</source>
            <translation>Ya, ubah siapa yang boleh membaca laporan ini (Rahasia)</translation>
        </message>
        <message>
            <source>Information requested</source>
            <translation>Informasi yang diminta</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Reporter's reply</source>
            <translation>Tanggapan pelapor</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Forwarding note</source>
            <translation>Catatan disposisi</translation>
        </message>
        <message>
            <source>Type to search, e.g. kesehatan</source>
            <translation>Ketik untuk mencari, mis. kesehatan</translation>
        </message>
        <message>
            <source>Search agency</source>
            <translation>Cari instansi</translation>
        </message>
        <message>
            <source>Receiving agency</source>
            <translation>Instansi tujuan</translation>
        </message>
        <message>
            <source>Text as first written (kept, read-only)</source>
            <translation>Isi laporan awal (disimpan, tidak dapat diubah)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Complaint text (edited)</source>
            <translation>Isi laporan akhir</translation>
        </message>
        <message>
            <source>— not set —</source>
            <translation>— belum diisi —</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Anonymous: hide the reporter's identity</source>
            <translation>Anonim: sembunyikan identitas pelapor</translation>
        </message>
        <message>
            <source>Confidential: the complaint is not public</source>
            <translation>Rahasia: laporan tidak untuk umum</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Alasan perubahan</translation>
        </message>
        <message>
            <source>Choose files…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Choose attachments</source>
            <translation>Pilih lampiran</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Yes, close it: the status becomes Closed</source>
            <translation>Ya, tutup laporan ini: statusnya menjadi Selesai</translation>
        </message>
        <message>
            <source>Yes, close all %1 complaints</source>
            <translation>Ya, tutup semua %1 laporan</translation>
        </message>
        <message>
            <source>Yes, archive it</source>
            <translation>Ya, arsipkan laporan ini</translation>
        </message>
        <message>
            <source>Yes, archive all %1 complaints</source>
            <translation>Ya, arsipkan semua %1 laporan</translation>
        </message>
        <message>
            <source>Yes, send it back: it is not our authority</source>
            <translation>Ya, kembalikan: laporan ini bukan wewenang kami</translation>
        </message>
        <message>
            <source>Yes, show the reporter's identity (lift Anonymous)</source>
            <translation>Ya, tampilkan identitas pelapor (cabut Anonim)</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Alasan penutupan</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— pilih —</translation>
        </message>
        <message>
            <source>LAPOR! category no. %1</source>
            <translation>Nomor kategori LAPOR!: %1</translation>
        </message>
        <message>
            <source>Photos and documents (%1)</source>
            <translation>Foto dan dokumen (%1)</translation>
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
            <source>Reason for lifting Anonymous</source>
            <translation>Alasan mencabut Anonim</translation>
        </message>
        <message>
            <source>Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)</source>
            <translation>Foto dan PDF (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first administrator</source>
            <translation>Administrator pertama</translation>
        </message>
        <message>
            <source>This account adds the other staff accounts in Settings › Staff.</source>
            <translation>Akun ini menambahkan akun petugas lainnya di Pengaturan › Petugas.</translation>
        </message>
        <message>
            <source>Choose a password only you know, of at least 8 characters. Nobody can read it back; another admin can set a new one.</source>
            <translation>Pilih kata sandi yang hanya Anda ketahui, paling sedikit 8 karakter. Kata sandi tidak dapat dibaca kembali; admin lain dapat membuatkan yang baru.</translation>
        </message>
        <message>
            <source>&amp;Login</source>
            <translation>Nama l&amp;ogin</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>&amp;Nama lengkap</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>Kata &amp;sandi</translation>
        </message>
        <message>
            <source>Password &amp;again</source>
            <translation>&amp;Ulangi kata sandi</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Nama login</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>&amp;Nama lengkap</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>This desk is not set up yet. The administrator sets it up once, in a terminal:

lapor-desktop setup --office-code TIDORE --office-name "Pemerintah Kota Tidore Kepulauan" --reference tidore-kepulauan.json

lapor-desktop users add admin --role admin --name "Admin"

then adds an account for every front-desk officer (users add NAME --role front_desk). Start LAPOR! Desk again afterwards.</source>
            <translation>Meja ini belum disiapkan. Admin menyiapkannya sekali saja, di terminal:

lapor-desktop setup --office-code TIDORE --office-name "Pemerintah Kota Tidore Kepulauan" --reference tidore-kepulauan.json

lapor-desktop users add admin --role admin --name "Admin"

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
            <source>LAPOR! Desk — training</source>
            <translation>LAPOR! Desk — latihan</translation>
        </message>
        <message>
            <source>Preparing the training data…</source>
            <translation>Menyiapkan data latihan…</translation>
        </message>
        <message>
            <source>Preparing the training complaints… %1%</source>
            <translation>Menyiapkan laporan latihan… %1%</translation>
        </message>
        <message>
            <source>Preparing the training data…
The first time this takes up to a minute.</source>
            <translation>Menyiapkan data latihan…
Pertama kali, ini memakan waktu hingga satu menit.</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Signed in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Gagal masuk</translation>
        </message>
        <message>
            <source>Sign-in paused (5 failures)</source>
            <translation>Masuk dijeda (5 kali gagal)</translation>
        </message>
        <message>
            <source>Sign-in pause lifted</source>
            <translation>Jeda masuk dibuka</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Screen unlocked</source>
            <translation>Layar dibuka kembali</translation>
        </message>
        <message>
            <source>Identity shown</source>
            <translation>Identitas ditampilkan</translation>
        </message>
        <message>
            <source>Complaint recorded</source>
            <translation>Pengaduan dicatat</translation>
        </message>
        <message>
            <source>Action on a complaint</source>
            <translation>Tindakan pada pengaduan</translation>
        </message>
        <message>
            <source>Anonymous / Confidential changed</source>
            <translation>Anonim / Rahasia diubah</translation>
        </message>
        <message>
            <source>Receipt printed</source>
            <translation>Tanda terima dicetak</translation>
        </message>
        <message>
            <source>Receipt reprinted</source>
            <translation>Tanda terima dicetak ulang</translation>
        </message>
        <message>
            <source>Monthly report printed</source>
            <translation>Laporan bulanan dicetak</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Account changed</source>
            <translation>Akun diubah</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Pengaturan diubah</translation>
        </message>
        <message>
            <source>Audit trail checked</source>
            <translation>Jejak audit diperiksa</translation>
        </message>
        <message>
            <source>reason: %1</source>
            <translation>alasan: %1</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Pengaduan</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>account</source>
            <translation>akun</translation>
        </message>
        <message>
            <source>action</source>
            <translation>tindakan</translation>
        </message>
        <message>
            <source>change</source>
            <translation>perubahan</translation>
        </message>
        <message>
            <source>count</source>
            <translation>jumlah</translation>
        </message>
        <message>
            <source>event</source>
            <translation>peristiwa</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>isian</translation>
        </message>
        <message>
            <source>filters</source>
            <translation>saringan</translation>
        </message>
        <message>
            <source>format</source>
            <translation>format</translation>
        </message>
        <message>
            <source>identity printed</source>
            <translation>identitas tercetak</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>menit</translation>
        </message>
        <message>
            <source>month</source>
            <translation>bulan</translation>
        </message>
        <message>
            <source>result</source>
            <translation>hasil</translation>
        </message>
        <message>
            <source>role</source>
            <translation>peran</translation>
        </message>
        <message>
            <source>why</source>
            <translation>sebab</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonim</translation>
        </message>
        <message>
            <source>confidential</source>
            <translation>rahasia</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ditambahkan</translation>
        </message>
        <message>
            <source>password</source>
            <translation>kata sandi</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>dinonaktifkan</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>diaktifkan</translation>
        </message>
        <message>
            <source>wrong password or login</source>
            <translation>login atau kata sandi salah</translation>
        </message>
        <message>
            <source>while paused</source>
            <translation>saat dijeda</translation>
        </message>
        <message>
            <source>fifth failure: paused</source>
            <translation>gagal kelima: dijeda</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>utuh</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telepon</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>address</source>
            <translation>alamat</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit trail</source>
            <translation>Jejak audit</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>Semua pengguna</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;Pengguna</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Jenis</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Dari</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Sampai</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Tampilkan</translation>
        </message>
        <message>
            <source>&amp;Newer</source>
            <translation>Lebih &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Older</source>
            <translation>Lebih &amp;lama</translation>
        </message>
        <message>
            <source>&amp;Check integrity</source>
            <translation>Periksa &amp;keutuhan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>%1-%2 of %3</source>
            <translation>%1-%2 dari %3</translation>
        </message>
        <message>
            <source>The audit trail cannot be read (%1).</source>
            <translation>Jejak audit tidak dapat dibaca (%1).</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>Memeriksa rantai…</translation>
        </message>
        <message>
            <source>Intact: %1 entries, every link checked.</source>
            <translation>Utuh: %1 catatan, setiap sambungan diperiksa.</translation>
        </message>
        <message>
            <source>BROKEN: %1</source>
            <translation>RUSAK: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source>Second backup folder</source>
            <translation>Folder cadangan kedua</translation>
        </message>
        <message>
            <source>e.g. E:\LAPOR-backups (a USB drive); empty: none</source>
            <translation>mis. E:\LAPOR-cadangan (drive USB); kosong: tidak ada</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Pi&amp;lih…</translation>
        </message>
        <message>
            <source>Warn when the newest backup is older than</source>
            <translation>Peringatkan bila cadangan terbaru lebih tua dari</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> jam</translation>
        </message>
        <message>
            <source>A checked backup is made every day while LAPOR! Desk runs, and before every update and bulk intake. Each one is also copied to the second folder when it is plugged in; if it is not, the status bar says so.</source>
            <translation>Cadangan yang diperiksa dibuat setiap hari selama LAPOR! Desk berjalan, dan sebelum setiap pembaruan dan impor massal. Setiap cadangan juga disalin ke folder kedua bila drive-nya terpasang; bila tidak, bilah status memberi tahu.</translation>
        </message>
        <message>
            <source>Save backup settings</source>
            <translation>Simpan pengaturan cadangan</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Cadangkan sekarang</translation>
        </message>
        <message>
            <source>Backup settings saved.</source>
            <translation>Pengaturan cadangan disimpan.</translation>
        </message>
        <message>
            <source>The backup settings were not saved (%1).</source>
            <translation>Pengaturan cadangan tidak tersimpan (%1).</translation>
        </message>
        <message>
            <source>Making a checked backup…</source>
            <translation>Membuat cadangan yang diperiksa…</translation>
        </message>
        <message>
            <source>Backup made and checked: %1</source>
            <translation>Cadangan dibuat dan diperiksa: %1</translation>
        </message>
        <message>
            <source>Also copied and checked in %1.</source>
            <translation>Juga disalin dan diperiksa di %1.</translation>
        </message>
        <message>
            <source>Not copied to %1: the folder is not there (plug in the USB drive and back up again).</source>
            <translation>Tidak disalin ke %1: folder itu tidak ada (pasang drive USB lalu cadangkan lagi).</translation>
        </message>
        <message>
            <source>Not copied to %1 (%2): check the drive; the backup on this computer stands.</source>
            <translation>Tidak disalin ke %1 (%2): periksa drive itu; cadangan di komputer ini tetap ada.</translation>
        </message>
        <message>
            <source>The backup failed (%1); no half-written backup was left.</source>
            <translation>Pencadangan gagal (%1); tidak ada cadangan setengah jadi yang tertinggal.</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <source>%n hour(s) ago</source>
            <translation>%n jam lalu</translation>
        </message>
        <message>
            <source>No good backup yet: make one now (Settings › Back up now).</source>
            <translation>Belum ada cadangan yang baik: buat sekarang (Pengaturan › Cadangkan sekarang).</translation>
        </message>
        <message>
            <source>The newest good backup is %1 (%2), older than %3 hours: make one now (Settings › Back up now).</source>
            <translation>Cadangan baik terbaru dibuat %1 (%2), lebih tua dari %3 jam: buat cadangan sekarang (Pengaturan › Cadangkan sekarang).</translation>
        </message>
        <message>
            <source>The second backup folder %1 is not there: plug in the USB drive.</source>
            <translation>Folder cadangan kedua %1 tidak ada: pasang drive USB-nya.</translation>
        </message>
        <message>
            <source>The second backup folder %1 cannot be written: check the drive.</source>
            <translation>Folder cadangan kedua %1 tidak dapat ditulis: periksa drive-nya.</translation>
        </message>
        <message>
            <source>The weekly check of the database found damage (%1). What is saved can still be read, but close LAPOR! Desk soon and start it again: it then puts the damaged file aside (never deleted) and offers the newest good backup; the hub sends back what this desk had synchronised.</source>
            <translation>Pemeriksaan mingguan menemukan kerusakan di basis data (%1). Yang sudah tersimpan masih dapat dibaca, tetapi segera tutup LAPOR! Desk lalu buka lagi: program akan memindahkan berkas yang rusak ke samping (tidak dihapus) dan menawarkan cadangan baik terbaru; hub mengirim kembali apa yang sudah disinkronkan meja ini.</translation>
        </message>
        <message>
            <source>A file of the database (its write log, ending in -wal) was deleted while LAPOR! Desk was running. Everything saved was copied into the database file, so nothing is lost, and a backup is being made now. Do not delete files in the data folder.</source>
            <translation>Sebuah berkas basis data (catatan tulisnya, berakhiran -wal) dihapus saat LAPOR! Desk berjalan. Semua yang sudah tersimpan telah disalin ke berkas basis data, jadi tidak ada yang hilang, dan cadangan sedang dibuat sekarang. Jangan menghapus berkas di folder data.</translation>
        </message>
        <message>
            <source>A file of the database (its write log, ending in -wal) was deleted while LAPOR! Desk was running, and what it held could not all be copied back. Close LAPOR! Desk and call the administrator; the newest backup is offered at the next start if needed.</source>
            <translation>Sebuah berkas basis data (catatan tulisnya, berakhiran -wal) dihapus saat LAPOR! Desk berjalan, dan isinya tidak dapat disalin kembali seluruhnya. Tutup LAPOR! Desk dan hubungi administrator; cadangan terbaru ditawarkan saat program dibuka lagi bila perlu.</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Masalah basis data</translation>
        </message>
        <message>
            <source>%n day(s) ago</source>
            <translation>%n hari lalu</translation>
        </message>
    </context>
    <context>
        <name>ClosuresTab</name>
        <message>
            <source>Days the office is closed besides national holidays (cuti bersama, local holidays). Deadlines skip these days; a change moves the due dates of open complaints.</source>
            <translation>Hari kantor tutup selain hari libur nasional (cuti bersama, libur daerah). Batas waktu tidak menghitung hari-hari ini; setiap perubahan menggeser tenggat laporan yang masih terbuka.</translation>
        </message>
        <message>
            <source>Office closure days</source>
            <translation>Hari libur kantor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Closure date</source>
            <translation>Tanggal libur</translation>
        </message>
        <message>
            <source>Reason for the closure</source>
            <translation>Keterangan libur</translation>
        </message>
        <message>
            <source>e.g. Cuti bersama Idulfitri</source>
            <translation>mis. Cuti bersama Idulfitri</translation>
        </message>
        <message>
            <source>Add day</source>
            <translation>Tambah hari</translation>
        </message>
        <message>
            <source>Remove selected day</source>
            <translation>Hapus hari terpilih</translation>
        </message>
        <message>
            <source>Saving and recalculating due dates…</source>
            <translation>Menyimpan dan menghitung ulang tenggat…</translation>
        </message>
        <message>
            <source>Select a day in the list first.</source>
            <translation>Pilih dulu salah satu hari dalam daftar.</translation>
        </message>
        <message>
            <source>Saved. Due dates of open complaints were recalculated.</source>
            <translation>Tersimpan. Tenggat laporan yang masih terbuka sudah dihitung ulang.</translation>
        </message>
    </context>
    <context>
        <name>DetailAttachments</name>
        <message>
            <source>Attachments</source>
            <translation>Lampiran</translation>
        </message>
        <message>
            <source>Open with the system viewer</source>
            <translation>Buka dengan aplikasi bawaan</translation>
        </message>
        <message>
            <source>downloading from the hub…</source>
            <translation>sedang diunduh dari hub…</translation>
        </message>
        <message>
            <source>not on this desk yet</source>
            <translation>belum ada di meja ini</translation>
        </message>
        <message>
            <source>Attachments (%1)</source>
            <translation>Lampiran (%1)</translation>
        </message>
        <message>
            <source>No preview; open it with the system viewer.</source>
            <translation>Tidak ada pratinjau; buka dengan aplikasi bawaan.</translation>
        </message>
        <message>
            <source>The file is not on this desk.</source>
            <translation>Berkas tidak ada di meja ini.</translation>
        </message>
    </context>
    <context>
        <name>DetailConflicts</name>
        <message>
            <source>Conflicting changes from different desks: %1. Compare them in the Conflict tab and settle them.</source>
            <translation>Ada %1 perubahan yang bertentangan dari meja yang berbeda. Bandingkan di tab Konflik lalu selesaikan.</translation>
        </message>
        <message>
            <source>Conflict (%1)</source>
            <translation>Konflik (%1)</translation>
        </message>
        <message>
            <source>The same fields were edited on two desks at the same time</source>
            <translation>Isian yang sama diubah di dua meja pada waktu bersamaan</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Pakai versi ini</translation>
        </message>
        <message>
            <source>Keep the version of %1</source>
            <translation>Pakai versi %1</translation>
        </message>
        <message>
            <source>Settle with a note…</source>
            <translation>Selesaikan dengan catatan…</translation>
        </message>
        <message>
            <source>A change that could not be applied</source>
            <translation>Perubahan yang tidak dapat diterapkan</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Saat ini</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>Instansi: %1</translation>
        </message>
        <message>
            <source>This change</source>
            <translation>Perubahan ini</translation>
        </message>
        <message>
            <source>The complaint as it stands</source>
            <translation>Keadaan laporan sekarang</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Anonymous: %1</source>
            <translation>Anonim: %1</translation>
        </message>
        <message>
            <source>Confidential: %1</source>
            <translation>Rahasia: %1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <source>Complaint text as first written</source>
            <translation>Isi laporan awal</translation>
        </message>
        <message>
            <source>Complaint text as edited by the office</source>
            <translation>Isi laporan akhir (disunting kantor)</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>History of the complaint</source>
            <translation>Riwayat laporan</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Choose a complaint in the list to see it here.</source>
            <translation>Pilih laporan di daftar untuk melihatnya di sini.</translation>
        </message>
        <message>
            <source>This complaint cannot be shown (%1).</source>
            <translation>Laporan ini tidak dapat ditampilkan (%1).</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>History (%1)</source>
            <translation>Riwayat (%1)</translation>
        </message>
        <message>
            <source>deadline paused (waiting for the reporter)</source>
            <translation>tenggat dijeda (menunggu pelapor)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 paling lambat %2</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>No. tanda terima</translation>
        </message>
        <message>
            <source>not yet (assigned by the hub after sync)</source>
            <translation>belum ada (diberikan hub setelah sinkronisasi)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>belum diisi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Sumber laporan</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
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
            <source>Privacy</source>
            <translation>Kerahasiaan</translation>
        </message>
        <message>
            <source>public</source>
            <translation>terbuka untuk umum</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Pelapor</translation>
        </message>
        <message>
            <source>hidden: the reporter asked to stay anonymous</source>
            <translation>disembunyikan: pelapor meminta anonim</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Incident date</source>
            <translation>Tanggal kejadian</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Dicatat oleh</translation>
        </message>
        <message>
            <source>Reason not our authority</source>
            <translation>Alasan bukan wewenang</translation>
        </message>
        <message>
            <source>Closed / archived</source>
            <translation>Ditutup / diarsipkan</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>Alasan dibuka kembali</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinkron</translation>
        </message>
        <message>
            <source>(not edited: same as the text as first written)</source>
            <translation>(belum disunting: sama dengan isi laporan awal)</translation>
        </message>
        <message>
            <source>LAPOR! category no. %1</source>
            <translation>Nomor kategori LAPOR!: %1</translation>
        </message>
        <message>
            <source>Category no. %1</source>
            <translation>Kategori nomor %1</translation>
        </message>
        <message>
            <source>LAPOR! Tracking ID</source>
            <translation>Tracking ID LAPOR!</translation>
        </message>
        <message>
            <source>not in national LAPOR! yet</source>
            <translation>belum masuk LAPOR! nasional</translation>
        </message>
        <message>
            <source>Office hub number</source>
            <translation>Nomor hub kantor</translation>
        </message>
        <message>
            <source>LAPOR! Tracking ID %1</source>
            <translation>Tracking ID LAPOR! %1</translation>
        </message>
        <message>
            <source>office hub no. %1</source>
            <translation>no. hub kantor %1</translation>
        </message>
        <message>
            <source>not in LAPOR! yet</source>
            <translation>belum masuk LAPOR!</translation>
        </message>
        <message>
            <source>Show &amp;identity…</source>
            <translation>Tampilkan &amp;identitas…</translation>
        </message>
        <message>
            <source>Identity shown</source>
            <translation>Identitas ditampilkan</translation>
        </message>
        <message>
            <source>for this view only; recorded in the audit trail</source>
            <translation>hanya untuk tampilan ini; tercatat di jejak audit</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Lampiran</translation>
        </message>
        <message>
            <source>Open with the system viewer</source>
            <translation>Buka dengan aplikasi bawaan</translation>
        </message>
        <message>
            <source>downloading from the hub…</source>
            <translation>sedang diunduh dari hub…</translation>
        </message>
        <message>
            <source>not on this desk yet</source>
            <translation>belum ada di meja ini</translation>
        </message>
        <message>
            <source>Attachments (%1)</source>
            <translation>Lampiran (%1)</translation>
        </message>
        <message>
            <source>No preview; open it with the system viewer.</source>
            <translation>Tidak ada pratinjau; buka dengan aplikasi bawaan.</translation>
        </message>
        <message>
            <source>The file is not on this desk.</source>
            <translation>Berkas tidak ada di meja ini.</translation>
        </message>
        <message>
            <source>Conflicting changes from different desks: %1. Compare them in the Conflict tab and settle them.</source>
            <translation>Ada %1 perubahan yang bertentangan dari meja yang berbeda. Bandingkan di tab Konflik lalu selesaikan.</translation>
        </message>
        <message>
            <source>Conflict (%1)</source>
            <translation>Konflik (%1)</translation>
        </message>
        <message>
            <source>The same fields were edited on two desks at the same time</source>
            <translation>Isian yang sama diubah di dua meja pada waktu bersamaan</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Pakai versi ini</translation>
        </message>
        <message>
            <source>Keep the version of %1</source>
            <translation>Pakai versi %1</translation>
        </message>
        <message>
            <source>Settle with a note…</source>
            <translation>Selesaikan dengan catatan…</translation>
        </message>
        <message>
            <source>A change that could not be applied</source>
            <translation>Perubahan yang tidak dapat diterapkan</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Saat ini</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>Instansi: %1</translation>
        </message>
        <message>
            <source>This change</source>
            <translation>Perubahan ini</translation>
        </message>
        <message>
            <source>The complaint as it stands</source>
            <translation>Keadaan laporan sekarang</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>Tracking ID %1</source>
            <translation>Tracking ID %1</translation>
        </message>
        <message>
            <source>no Tracking ID yet</source>
            <translation>belum ada Tracking ID</translation>
        </message>
        <message>
            <source>Tracking ID</source>
            <translation>Tracking ID</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>Cetak ulang tanda terima</translation>
        </message>
        <message>
            <source>No action is open to your role for this complaint.</source>
            <translation>Tidak ada tindakan yang dapat dilakukan peran Anda pada laporan ini.</translation>
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
        <name>ExchangePage</name>
        <message>
            <source>Exchange with national LAPOR!</source>
            <translation>Pertukaran data dengan LAPOR! nasional</translation>
        </message>
        <message>
            <source>The national LAPOR! system has no connection for offices: its admin pages export XLSX files. Import such a file to bring national complaints into this office's queues; export in the same layout, or as CSV, XLSX or JSON Lines for the office's own spreadsheets.</source>
            <translation>Sistem LAPOR! nasional tidak menyediakan sambungan untuk kantor: halaman adminnya mengekspor berkas XLSX. Impor berkas itu untuk memasukkan laporan nasional ke antrean kantor ini; ekspor dalam tata letak yang sama, atau sebagai CSV, XLSX atau JSON Lines untuk lembar kerja kantor sendiri.</translation>
        </message>
        <message>
            <source>&amp;Import LAPOR! export…</source>
            <translation>&amp;Impor ekspor LAPOR!…</translation>
        </message>
        <message>
            <source>E&amp;xport complaints…</source>
            <translation>E&amp;kspor laporan…</translation>
        </message>
        <message>
            <source>Paper forms</source>
            <translation>Formulir kertas</translation>
        </message>
        <message>
            <source>For complaints collected on paper or at outreach events: save the template, type the forms into it (one row per complaint), then import it.</source>
            <translation>Untuk laporan yang dikumpulkan di atas kertas atau saat sosialisasi: simpan templatnya, ketik formulirnya di sana (satu baris per laporan), lalu impor.</translation>
        </message>
        <message>
            <source>Save the t&amp;emplate…</source>
            <translation>Simpan t&amp;emplat…</translation>
        </message>
        <message>
            <source>Import paper f&amp;orms…</source>
            <translation>Impor &amp;formulir kertas…</translation>
        </message>
        <message>
            <source>Save the paper-form template</source>
            <translation>Simpan templat formulir kertas</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The template could not be saved: %1</source>
            <translation>Templat tidak dapat disimpan: %1</translation>
        </message>
        <message>
            <source>The template was saved to %1</source>
            <translation>Templat disimpan di %1</translation>
        </message>
        <message>
            <source>Save the &amp;template…</source>
            <translation>Simpan &amp;templat…</translation>
        </message>
        <message>
            <source>Import paper &amp;forms…</source>
            <translation>Impor &amp;formulir kertas…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export complaints</source>
            <translation>Ekspor laporan</translation>
        </message>
        <message>
            <source>All complaints you may see</source>
            <translation>Semua laporan yang boleh Anda lihat</translation>
        </message>
        <message>
            <source>LAPOR! v4 admin layout (XLSX, 20 columns)</source>
            <translation>Tata letak admin LAPOR! v4 (XLSX, 20 kolom)</translation>
        </message>
        <message>
            <source>CSV for spreadsheets (UTF-8)</source>
            <translation>CSV untuk lembar kerja (UTF-8)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX, full text)</source>
            <translation>Buku kerja Excel (XLSX, teks lengkap)</translation>
        </message>
        <message>
            <source>JSON Lines (the whole record)</source>
            <translation>JSON Lines (seluruh data)</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Menghitung…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) will be exported.</source>
            <translation>
                <numerusform>%n laporan akan diekspor.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files (*%1)</source>
            <translation>Berkas (*%1)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Mengekspor…</translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) exported to %1</source>
            <translation>
                <numerusform>%n laporan diekspor ke %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed; nothing was written. %1</source>
            <translation>Ekspor gagal; tidak ada yang ditulis. %1</translation>
        </message>
    </context>
    <context>
        <name>FormsImportDialog</name>
        <message>
            <source>Import paper forms</source>
            <translation>Impor formulir kertas</translation>
        </message>
        <message>
            <source>Choose the filled-in paper-form template (XLSX). Every row is checked like the front-desk form; rows with a problem are listed with their row number and the others are recorded, each with its own receipt number.</source>
            <translation>Pilih templat formulir kertas yang sudah diisi (XLSX). Setiap baris diperiksa seperti formulir loket; baris yang bermasalah didaftar dengan nomor barisnya dan baris lain dicatat, masing-masing dengan nomor tanda terimanya sendiri.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Isian</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Pilih berkas…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Paper-form template (*.xlsx)</source>
            <translation>Templat formulir kertas (*.xlsx)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Mengimpor %1…</translation>
        </message>
        <message>
            <source>Recorded: %1 · refused: %2</source>
            <translation>Dicatat: %1 · ditolak: %2</translation>
        </message>
        <message>
            <source>Your role may not record complaints.</source>
            <translation>Peran Anda tidak boleh mencatat laporan.</translation>
        </message>
        <message>
            <source>Nothing was imported. %1</source>
            <translation>Tidak ada yang diimpor. %1</translation>
        </message>
    </context>
    <context>
        <name>GeneralTab</name>
        <message>
            <source>Office and desk</source>
            <translation>Kantor dan meja layanan</translation>
        </message>
        <message>
            <source>Office name</source>
            <translation>Nama kantor</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>Kode kantor</translation>
        </message>
        <message>
            <source>Desk code</source>
            <translation>Kode meja</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona waktu</translation>
        </message>
        <message>
            <source>The office is set in the set-up wizard; ask the administrator to change it (lapor-desktop setup).</source>
            <translation>Data kantor diisi saat penyiapan awal; untuk mengubahnya, hubungi administrator (lapor-desktop setup).</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>A new language takes effect the next time LAPOR! Desk starts.</source>
            <translation>Bahasa baru berlaku saat LAPOR! Desk dibuka kembali.</translation>
        </message>
        <message>
            <source>Deadlines (working days)</source>
            <translation>Batas waktu (hari kerja)</translation>
        </message>
        <message>
            <source>Verify a new complaint within</source>
            <translation>Verifikasi laporan baru dalam</translation>
        </message>
        <message>
            <source>Agency follow-up within</source>
            <translation>Tindak lanjut instansi dalam</translation>
        </message>
        <message>
            <source>Close automatically after the reporter's silence of</source>
            <translation>Tutup otomatis bila pelapor tidak menanggapi selama</translation>
        </message>
        <message>
            <source>Complete within</source>
            <translation>Selesaikan dalam</translation>
        </message>
        <message>
            <source>Largest photo side (pixels)</source>
            <translation>Sisi foto terpanjang (piksel)</translation>
        </message>
        <message>
            <source>Downscale photos larger than (KB)</source>
            <translation>Perkecil foto yang lebih besar dari (KB)</translation>
        </message>
        <message>
            <source>Largest attachment (MB)</source>
            <translation>Ukuran lampiran terbesar (MB)</translation>
        </message>
        <message>
            <source>Photos and attachments</source>
            <translation>Foto dan lampiran</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> hari kerja</translation>
        </message>
        <message>
            <source>Changed deadlines apply at once to every open complaint's due date.</source>
            <translation>Perubahan batas waktu langsung berlaku untuk tenggat semua laporan yang masih terbuka.</translation>
        </message>
        <message>
            <source>Screen lock</source>
            <translation>Kunci layar</translation>
        </message>
        <message>
            <source>Lock the screen after this many minutes without use</source>
            <translation>Kunci layar setelah sekian menit tidak dipakai</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> menit</translation>
        </message>
        <message>
            <source>never</source>
            <translation>tidak pernah</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>Kunci layar setelah</translation>
        </message>
        <message>
            <source>Without a key press or a click for this long, the window is covered and asks for the password again; nothing on screen is lost.</source>
            <translation>Bila selama ini tidak ada tombol ditekan atau klik, jendela ditutupi dan meminta kata sandi lagi; tidak ada yang hilang dari layar.</translation>
        </message>
        <message>
            <source>Download other desks' attachments after each sync</source>
            <translation>Unduh lampiran dari meja lain setiap selesai sinkronisasi</translation>
        </message>
        <message>
            <source>A few at a time, so photos are ready when a complaint is opened. Turn it off when the link is paid by the megabyte.</source>
            <translation>Sedikit demi sedikit, agar foto sudah tersedia saat laporan dibuka. Matikan bila koneksi dibayar per megabita.</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Simpan pengaturan</translation>
        </message>
        <message>
            <source>Save language</source>
            <translation>Simpan bahasa</translation>
        </message>
        <message>
            <source>How reporters reach the office (printed on every receipt)</source>
            <translation>Cara pelapor menghubungi kantor (dicetak di setiap tanda terima)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Jl. Sultan Syahjuan No. 1, Soasio</source>
            <translation>Jl. Sultan Syahjuan No. 1, Soasio</translation>
        </message>
        <message>
            <source>Status page</source>
            <translation>Halaman status</translation>
        </message>
        <message>
            <source>Save the contact details</source>
            <translation>Simpan kontak kantor</translation>
        </message>
        <message>
            <source>Empty parts are left off the receipt. Only an administrator changes them.</source>
            <translation>Bagian yang kosong tidak dicetak. Hanya administrator yang dapat mengubahnya.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Menyimpan…</translation>
        </message>
        <message>
            <source>Saved: the next receipt prints these.</source>
            <translation>Tersimpan: tanda terima berikutnya mencetak kontak ini.</translation>
        </message>
        <message>
            <source>Not saved: check the marked fields.</source>
            <translation>Belum tersimpan: periksa isian yang ditandai.</translation>
        </message>
        <message>
            <source>Not saved (%1).</source>
            <translation>Tidak disimpan (%1).</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <source>Due dates of open complaints were recalculated.</source>
            <translation>Tenggat laporan yang masih terbuka sudah dihitung ulang.</translation>
        </message>
        <message>
            <source>Restart LAPOR! Desk to use the new language.</source>
            <translation>Buka ulang LAPOR! Desk untuk memakai bahasa baru.</translation>
        </message>
    </context>
    <context>
        <name>HubPage</name>
        <message>
            <source>The hub (optional)</source>
            <translation>Hub (tidak wajib)</translation>
        </message>
        <message>
            <source>Enrol now, or later in Settings › Hub.</source>
            <translation>Daftarkan sekarang, atau nanti di Pengaturan › Hub.</translation>
        </message>
        <message>
            <source>The hub collects the complaints of all desks and passes them to LAPOR!. The hub administrator gives you its address and a one-time enrolment code. Leave both empty to work without a hub for now.</source>
            <translation>Hub mengumpulkan laporan dari semua meja layanan dan meneruskannya ke LAPOR!. Admin hub memberikan alamat hub dan kode pendaftaran sekali pakai. Kosongkan keduanya bila untuk sementara bekerja tanpa hub.</translation>
        </message>
        <message>
            <source>Hub &amp;address</source>
            <translation>&amp;Alamat hub</translation>
        </message>
        <message>
            <source>Enrolment &amp;code</source>
            <translation>Kode &amp;pendaftaran</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Alamat hub</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kode pendaftaran</translation>
        </message>
    </context>
    <context>
        <name>HubTab</name>
        <message>
            <source>This desk and the hub</source>
            <translation>Meja ini dan hub</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Sambungan</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translation>ID perangkat</translation>
        </message>
        <message>
            <source>This computer has no secure credential store: the hub token is kept in a file only this Windows/Linux user can read. Protect the user account with a password.</source>
            <translation>Komputer ini tidak memiliki penyimpanan kredensial yang aman: token hub disimpan dalam berkas yang hanya dapat dibaca oleh pengguna Windows/Linux ini. Lindungi akun pengguna komputer dengan kata sandi.</translation>
        </message>
        <message>
            <source>Enrol with a hub</source>
            <translation>Daftarkan ke hub</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Alamat hub</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kode pendaftaran</translation>
        </message>
        <message>
            <source>from the hub administrator</source>
            <translation>dari admin hub</translation>
        </message>
        <message>
            <source>CA bundle file</source>
            <translation>Berkas sertifikat CA</translation>
        </message>
        <message>
            <source>empty: the system's certificates</source>
            <translation>kosong: sertifikat bawaan sistem</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Only needed when the hub uses a certificate of the office's own authority.</source>
            <translation>Hanya diperlukan bila hub memakai sertifikat yang diterbitkan sendiri oleh kantor.</translation>
        </message>
        <message>
            <source>Enrol this desk</source>
            <translation>Daftarkan meja ini</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>The hub address starts with https://</source>
            <translation>Alamat hub diawali https://</translation>
        </message>
        <message>
            <source>Enter the enrolment code from the hub administrator.</source>
            <translation>Masukkan kode pendaftaran dari admin hub.</translation>
        </message>
        <message>
            <source>Contacting the hub…</source>
            <translation>Menghubungi hub…</translation>
        </message>
        <message>
            <source>Enrolled with hub %1.</source>
            <translation>Terdaftar pada hub %1.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import a LAPOR! export</source>
            <translation>Impor ekspor LAPOR!</translation>
        </message>
        <message>
            <source>Choose the XLSX (or CSV) file downloaded from the LAPOR! admin pages. Each row becomes a complaint, or updates the one with the same Tracking ID; a row that cannot be read is listed below and the others are imported.</source>
            <translation>Pilih berkas XLSX (atau CSV) yang diunduh dari halaman admin LAPOR!. Setiap baris menjadi laporan, atau memperbarui laporan dengan Tracking ID yang sama; baris yang tidak dapat dibaca didaftar di bawah dan baris lain tetap diimpor.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Pilih berkas…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>LAPOR! exports (*.xlsx *.csv)</source>
            <translation>Ekspor LAPOR! (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Mengimpor %1…</translation>
        </message>
        <message>
            <source>%1 rows read</source>
            <translation>%1 baris dibaca</translation>
        </message>
        <message>
            <source>New: %1 · updated: %2 · unchanged: %3 · not imported: %4</source>
            <translation>Baru: %1 · diperbarui: %2 · tidak berubah: %3 · tidak diimpor: %4</translation>
        </message>
        <message>
            <source>Your role may not import complaints.</source>
            <translation>Peran Anda tidak boleh mengimpor laporan.</translation>
        </message>
        <message>
            <source>Nothing was imported. %1</source>
            <translation>Tidak ada yang diimpor. %1</translation>
        </message>
        <message>
            <source>The import stopped because of an unexpected error (see the log); rows already imported are kept, and importing the file again adds nothing twice.</source>
            <translation>Impor berhenti karena kesalahan tak terduga (lihat log); baris yang sudah diimpor tetap tersimpan, dan mengimpor berkas yang sama lagi tidak menambah apa pun dua kali.</translation>
        </message>
        <message>
            <source>The import stopped: %1. Rows already imported are kept; import the file again once there is room (nothing is recorded twice).</source>
            <translation>Impor terhenti: %1. Baris yang sudah diimpor tetap tersimpan; impor berkas itu lagi setelah ada ruang (tidak ada yang tercatat dua kali).</translation>
        </message>
    </context>
    <context>
        <name>IntakeAttachments</name>
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
            <source>Add attachments</source>
            <translation>Tambah lampiran</translation>
        </message>
        <message>
            <source>Photos and documents (%1)</source>
            <translation>Foto dan dokumen (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
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
            <source>%1 is a link (symlink) to another file; choose the file itself.</source>
            <translation>%1 adalah tautan (symlink) ke berkas lain; pilih berkas aslinya.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (a folder, device or pipe).</source>
            <translation>%1 bukan berkas biasa (folder, perangkat atau pipa).</translation>
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
            <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Foto dan dokumen (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;Semua berkas (*)</translation>
        </message>
    </context>
    <context>
        <name>IntakeDrafts</name>
        <message>
            <source>Restore the draft</source>
            <translation>Pulihkan draf</translation>
        </message>
        <message>
            <source>Discard it</source>
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
            <source>Throw away</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Simpan draf</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
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
            <translation>Isi lap&amp;oran</translation>
        </message>
        <message>
            <source>C&amp;lassification</source>
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
            <source>&amp;Anonymous</source>
            <translation>&amp;Anonim</translation>
        </message>
        <message>
            <source>C&amp;onfidential</source>
            <translation>Ra&amp;hasia</translation>
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
            <source>The reporter's identity is not shown.</source>
            <translation>Identitas pelapor tidak ditampilkan.</translation>
        </message>
        <message>
            <source>The complaint is not published.</source>
            <translation>Laporan tidak dipublikasikan.</translation>
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
            <source>Required</source>
            <translation>Wajib diisi</translation>
        </message>
        <message>
            <source>(decided at verification)</source>
            <translation>(ditetapkan saat verifikasi)</translation>
        </message>
        <message>
            <source>LAPOR! category no. %1</source>
            <translation>Nomor kategori LAPOR!: %1</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(tidak diisi)</translation>
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
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <source>Receipt saved as PDF: %1</source>
            <translation>Tanda terima disimpan sebagai PDF: %1</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>Pengaduan baru</translation>
        </message>
        <message>
            <source>Ne&amp;w (Ctrl+N)</source>
            <translation>Baru (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+S)</source>
            <translation>&amp;Simpan (Ctrl+S)</translation>
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
            <source>Receipt paper</source>
            <translation>Kertas tanda terima</translation>
        </message>
        <message>
            <source>A4 paper</source>
            <translation>Kertas A4</translation>
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation>Ukuran ke&amp;rtas</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
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
            <source>Print re&amp;ceipt (Ctrl+P)</source>
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
            <source>same words: %1</source>
            <translation>kata sama: %1</translation>
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
            <translation>Isi lap&amp;oran</translation>
        </message>
        <message>
            <source>C&amp;lassification</source>
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
            <source>Similar words, the same NIK or phone show up here as you type. Is the reporter coming back about one? Press Enter on it (or double-click) to add to it instead of recording it twice.</source>
            <translation>Laporan dengan kata mirip, NIK atau nomor telepon yang sama muncul di sini saat Anda mengetik. Pelapor datang lagi untuk salah satunya? Tekan Enter (atau klik dua kali) untuk menambahkan ke laporan itu, bukan mencatatnya dua kali.</translation>
        </message>
        <message>
            <source>&amp;Anonymous</source>
            <translation>&amp;Anonim</translation>
        </message>
        <message>
            <source>C&amp;onfidential</source>
            <translation>Ra&amp;hasia</translation>
        </message>
        <message>
            <source>The reporter's identity is not shown.</source>
            <translation>Identitas pelapor tidak ditampilkan.</translation>
        </message>
        <message>
            <source>The complaint is not published.</source>
            <translation>Laporan tidak dipublikasikan.</translation>
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
            <source>Press Enter or double-click: add to this complaint, open it or reprint its receipt</source>
            <translation>Tekan Enter atau klik dua kali: tambahkan ke laporan ini, buka, atau cetak ulang tanda terimanya</translation>
        </message>
        <message>
            <source>The earlier complaint could not be read. Details are in the log file.</source>
            <translation>Laporan sebelumnya tidak dapat dibaca. Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>Added to complaint %1. The form is empty for the next reporter.</source>
            <translation>Sudah ditambahkan ke laporan %1. Formulir dikosongkan untuk pelapor berikutnya.</translation>
        </message>
        <message>
            <source>Nothing was added: the earlier complaint changed in the meantime (it is now "%1"). Choose it in the list again to see what adding would do now.</source>
            <translation>Tidak ada yang ditambahkan: laporan sebelumnya berubah sementara itu (sekarang "%1"). Pilih lagi laporan itu di daftar untuk melihat akibat penambahan sekarang.</translation>
        </message>
        <message>
            <source>Nothing was added to the earlier complaint:</source>
            <translation>Tidak ada yang ditambahkan ke laporan sebelumnya:</translation>
        </message>
        <message>
            <source>Nothing was added to the earlier complaint (the complaint may have changed, or the database had a problem). The form is kept. Details are in the log file.</source>
            <translation>Tidak ada yang ditambahkan ke laporan sebelumnya (laporan itu mungkin sudah berubah, atau basis data bermasalah). Isi formulir tetap tersimpan. Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>An earlier complaint</source>
            <translation>Laporan sebelumnya</translation>
        </message>
        <message>
            <source>Add attachments</source>
            <translation>Tambah lampiran</translation>
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
            <source>%1 is a link (symlink) to another file; choose the file itself.</source>
            <translation>%1 adalah tautan (symlink) ke berkas lain; pilih berkas aslinya.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (a folder, device or pipe).</source>
            <translation>%1 bukan berkas biasa (folder, perangkat atau pipa).</translation>
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
            <source>Reprint a receipt</source>
            <translation>Cetak ulang tanda terima</translation>
        </message>
        <message>
            <source>No complaint has that receipt number.</source>
            <translation>Tidak ada pengaduan dengan nomor tanda terima itu.</translation>
        </message>
        <message>
            <source>The receipt could not be made. Details are in the log file.</source>
            <translation>Tanda terima tidak dapat dibuat. Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>LAPOR! category no. %1</source>
            <translation>Nomor kategori LAPOR!: %1</translation>
        </message>
        <message>
            <source>Receipt number (for example TIDORE-AB12-260105-0001):</source>
            <translation>Nomor tanda terima (misalnya TIDORE-AB12-260105-0001):</translation>
        </message>
        <message>
            <source>&amp;New (Ctrl+N)</source>
            <translation>Baru (Ctrl+N)</translation>
        </message>
        <message>
            <source>Classi&amp;fication</source>
            <translation>&amp;Klasifikasi</translation>
        </message>
        <message>
            <source>Pape&amp;r</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>&amp;Print receipt (Ctrl+P)</source>
            <translation>&amp;Cetak tanda terima (Ctrl+P)</translation>
        </message>
        <message>
            <source>Photos and documents (%1)</source>
            <translation>Foto dan dokumen (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Foto dan dokumen (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;Semua berkas (*)</translation>
        </message>
    </context>
    <context>
        <name>IntakeSimilar</name>
        <message>
            <source>Possibly related (last 60 days)</source>
            <translation>Mungkin terkait (60 hari terakhir)</translation>
        </message>
        <message>
            <source>Possibly related complaints</source>
            <translation>Pengaduan yang mungkin terkait</translation>
        </message>
        <message>
            <source>Similar words, the same NIK or phone show up here as you type. Is the reporter coming back about one? Press Enter on it (or double-click) to add to it instead of recording it twice.</source>
            <translation>Laporan dengan kata mirip, NIK atau nomor telepon yang sama muncul di sini saat Anda mengetik. Pelapor datang lagi untuk salah satunya? Tekan Enter (atau klik dua kali) untuk menambahkan ke laporan itu, bukan mencatatnya dua kali.</translation>
        </message>
        <message>
            <source>Press Enter or double-click: add to this complaint, open it or reprint its receipt</source>
            <translation>Tekan Enter atau klik dua kali: tambahkan ke laporan ini, buka, atau cetak ulang tanda terimanya</translation>
        </message>
        <message>
            <source>same words: %1</source>
            <translation>kata sama: %1</translation>
        </message>
        <message>
            <source>An earlier complaint</source>
            <translation>Laporan sebelumnya</translation>
        </message>
        <message>
            <source>The earlier complaint could not be read. Details are in the log file.</source>
            <translation>Laporan sebelumnya tidak dapat dibaca. Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>Added to complaint %1. The form is empty for the next reporter.</source>
            <translation>Sudah ditambahkan ke laporan %1. Formulir dikosongkan untuk pelapor berikutnya.</translation>
        </message>
        <message>
            <source>Nothing was added: the earlier complaint changed in the meantime (it is now "%1"). Choose it in the list again to see what adding would do now.</source>
            <translation>Tidak ada yang ditambahkan: laporan sebelumnya berubah sementara itu (sekarang "%1"). Pilih lagi laporan itu di daftar untuk melihat akibat penambahan sekarang.</translation>
        </message>
        <message>
            <source>Nothing was added to the earlier complaint:</source>
            <translation>Tidak ada yang ditambahkan ke laporan sebelumnya:</translation>
        </message>
        <message>
            <source>Nothing was added to the earlier complaint (the complaint may have changed, or the database had a problem). The form is kept. Details are in the log file.</source>
            <translation>Tidak ada yang ditambahkan ke laporan sebelumnya (laporan itu mungkin sudah berubah, atau basis data bermasalah). Isi formulir tetap tersimpan. Rinciannya ada di berkas log.</translation>
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
            <source>Verified</source>
            <translation>Terverifikasi</translation>
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
            <translation>menunggu</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>tersinkron</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>konflik</translation>
        </message>
        <message>
            <source>from the hub</source>
            <translation>dari hub</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>tepat waktu</translation>
        </message>
        <message>
            <source>due within one working day</source>
            <translation>jatuh tempo dalam satu hari kerja</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>terlambat</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>dijeda</translation>
        </message>
        <message>
            <source>no deadline</source>
            <translation>tanpa tenggat</translation>
        </message>
        <message>
            <source>verify and forward</source>
            <translation>verifikasi dan disposisi</translation>
        </message>
        <message>
            <source>agency follow-up</source>
            <translation>tindak lanjut instansi</translation>
        </message>
        <message>
            <source>closes automatically</source>
            <translation>ditutup otomatis</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Ubah</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Kerahasiaan</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verifikasi</translation>
        </message>
        <message>
            <source>Ask for information</source>
            <translation>Minta kelengkapan</translation>
        </message>
        <message>
            <source>Information received</source>
            <translation>Kelengkapan diterima</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Disposisi</translation>
        </message>
        <message>
            <source>Record follow-up</source>
            <translation>Catat tindak lanjut</translation>
        </message>
        <message>
            <source>Reporter's reply</source>
            <translation>Tanggapan pelapor</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arsipkan</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Buka kembali</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Catatan internal</translation>
        </message>
        <message>
            <source>Add attachment</source>
            <translation>Tambah lampiran</translation>
        </message>
        <message>
            <source>Complaint recorded</source>
            <translation>Laporan dicatat</translation>
        </message>
        <message>
            <source>Imported from LAPOR!</source>
            <translation>Diimpor dari LAPOR!</translation>
        </message>
        <message>
            <source>Fields edited</source>
            <translation>Isian diubah</translation>
        </message>
        <message>
            <source>Privacy changed</source>
            <translation>Kerahasiaan diubah</translation>
        </message>
        <message>
            <source>Information requested from the reporter</source>
            <translation>Kelengkapan informasi diminta dari pelapor</translation>
        </message>
        <message>
            <source>Missing information received</source>
            <translation>Kelengkapan informasi diterima</translation>
        </message>
        <message>
            <source>Forwarded to an agency</source>
            <translation>Didisposisikan ke instansi</translation>
        </message>
        <message>
            <source>Declined: not the agency's authority</source>
            <translation>Ditolak: bukan wewenang instansi</translation>
        </message>
        <message>
            <source>Follow-up recorded</source>
            <translation>Tindak lanjut dicatat</translation>
        </message>
        <message>
            <source>Reporter replied</source>
            <translation>Pelapor menanggapi</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Dibuka kembali</translation>
        </message>
        <message>
            <source>Attachment added</source>
            <translation>Lampiran ditambahkan</translation>
        </message>
        <message>
            <source>Tracking ID assigned</source>
            <translation>Tracking ID diberikan</translation>
        </message>
        <message>
            <source>edited at the same time on another desk</source>
            <translation>diubah bersamaan di meja lain</translation>
        </message>
        <message>
            <source>recorded for a different agency</source>
            <translation>dicatat untuk instansi lain</translation>
        </message>
        <message>
            <source>recorded twice</source>
            <translation>tercatat dua kali</translation>
        </message>
        <message>
            <source>the complaint is unknown</source>
            <translation>laporan tidak dikenal</translation>
        </message>
        <message>
            <source>unknown kind of change</source>
            <translation>jenis perubahan tidak dikenal</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Complaint text (edited)</source>
            <translation>Isi laporan akhir</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Incident date</source>
            <translation>Tanggal kejadian</translation>
        </message>
        <message>
            <source>not possible while the complaint was: %1</source>
            <translation>tidak mungkin saat status laporan: %1</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>LAPOR! Desk — Locked</source>
            <translation>LAPOR! Desk — Terkunci</translation>
        </message>
        <message>
            <source>LAPOR! Desk is locked</source>
            <translation>LAPOR! Desk terkunci</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2)</source>
            <translation>Masuk sebagai: %1 (%2)</translation>
        </message>
        <message>
            <source>Nothing on screen was closed. Enter your password to go on where you left off. Somebody else: choose “Switch user”; your unsaved form is kept as a draft for you.</source>
            <translation>Tidak ada yang ditutup di layar. Masukkan kata sandi Anda untuk melanjutkan pekerjaan. Orang lain: pilih “Ganti pengguna”; formulir Anda yang belum disimpan tetap tersimpan sebagai draf untuk Anda.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Kata sandi</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Buka kunci</translation>
        </message>
        <message>
            <source>S&amp;witch user</source>
            <translation>&amp;Ganti pengguna</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Masukkan kata sandi Anda.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Memeriksa…</translation>
        </message>
        <message>
            <source>The password is wrong.</source>
            <translation>Kata sandi salah.</translation>
        </message>
        <message>
            <source>The password could not be checked because of a problem with the database. Details are in the log file.</source>
            <translation>Kata sandi tidak dapat diperiksa karena ada masalah pada basis data. Rinciannya ada di berkas log.</translation>
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
        <message>
            <source>Too many failed sign-ins with this user name. Try again in %n minute(s), or ask the administrator to lift the pause.</source>
            <translation>Terlalu banyak gagal masuk dengan nama pengguna ini. Coba lagi dalam %n menit, atau minta administrator membuka jeda ini.</translation>
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
            <source>Lock</source>
            <translation>Kunci layar</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Ganti pengguna</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Keluar</translation>
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
            <source>Hub: connected</source>
            <translation>Hub: tersambung</translation>
        </message>
        <message>
            <source>Syncing: %1 of %2 sent, %3 received</source>
            <translation>Menyinkronkan: %1 dari %2 terkirim, %3 diterima</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Menyinkronkan…</translation>
        </message>
        <message>
            <source>Hub: offline, retrying</source>
            <translation>Hub: tidak terjangkau, dicoba lagi</translation>
        </message>
        <message>
            <source>Hub: offline, next try in %1 min</source>
            <translation>Hub: tidak terjangkau, dicoba lagi dalam %1 mnt</translation>
        </message>
        <message>
            <source>Hub: sync failed (see Synchronisation)</source>
            <translation>Hub: sinkronisasi gagal (lihat Sinkronisasi)</translation>
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
        <message>
            <source>Audit trail</source>
            <translation>Jejak audit</translation>
        </message>
        <message>
            <source>This page comes in a later version of LAPOR! Desk.</source>
            <translation>Halaman ini hadir pada versi LAPOR! Desk berikutnya.</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReport</name>
        <message>
            <source>Complaints</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Received in the period</source>
            <translation>Diterima dalam periode</translation>
        </message>
        <message>
            <source>of which Rahasia (counted only)</source>
            <translation>di antaranya Rahasia (hanya dihitung)</translation>
        </message>
        <message>
            <source>Overdue today (all periods)</source>
            <translation>Lewat tenggat hari ini (semua periode)</translation>
        </message>
        <message>
            <source>Verified within %1 working days</source>
            <translation>Diverifikasi dalam %1 hari kerja</translation>
        </message>
        <message>
            <source>Followed up within %1 working days</source>
            <translation>Ditindaklanjuti dalam %1 hari kerja</translation>
        </message>
        <message>
            <source>Closed within %1 days</source>
            <translation>Selesai dalam %1 hari</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Menurut status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>By classification</source>
            <translation>Menurut klasifikasi</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>belum diisi</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Menurut sumber</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>By category (top 10)</source>
            <translation>Menurut kategori (10 teratas)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>By agency</source>
            <translation>Menurut instansi</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>not forwarded yet</source>
            <translation>belum didisposisikan</translation>
        </message>
        <message>
            <source>By kecamatan (top 10)</source>
            <translation>Menurut kecamatan (10 teratas)</translation>
        </message>
        <message>
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>(Rahasia)</source>
            <translation>(Rahasia)</translation>
        </message>
        <message>
            <source>Monthly report on complaint handling</source>
            <translation>Laporan Bulanan Pengelolaan Pengaduan</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Cakupan</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>None in this period.</source>
            <translation>Tidak ada dalam periode ini.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Deadline compliance</source>
            <translation>Kepatuhan tenggat</translation>
        </message>
        <message>
            <source>Median working days to close</source>
            <translation>Median hari kerja sampai selesai</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tren</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>Laporan lewat tenggat</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… dan %1 lainnya.</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Tidak ada.</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <source>The office</source>
            <translation>Kantor</translation>
        </message>
        <message>
            <source>Which office this desk belongs to, and its region.</source>
            <translation>Kantor pemilik meja layanan ini, beserta wilayahnya.</translation>
        </message>
        <message>
            <source>Office &amp;code</source>
            <translation>K&amp;ode kantor</translation>
        </message>
        <message>
            <source>Office na&amp;me</source>
            <translation>&amp;Nama kantor</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Zona waktu</translation>
        </message>
        <message>
            <source>&amp;Reference data</source>
            <translation>Data &amp;referensi</translation>
        </message>
        <message>
            <source>Kecamatan and kelurahan</source>
            <translation>Kecamatan dan kelurahan</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>Kode kantor</translation>
        </message>
        <message>
            <source>e.g. TIDORE (2-12 capital letters or digits)</source>
            <translation>mis. TIDORE (2-12 huruf besar atau angka)</translation>
        </message>
        <message>
            <source>Office name</source>
            <translation>Nama kantor</translation>
        </message>
        <message>
            <source>e.g. Pemerintah Kota Tidore Kepulauan</source>
            <translation>mis. Pemerintah Kota Tidore Kepulauan</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona waktu</translation>
        </message>
        <message>
            <source>WIB (Western Indonesia, UTC+7)</source>
            <translation>WIB (Waktu Indonesia Barat, UTC+7)</translation>
        </message>
        <message>
            <source>WITA (Central Indonesia, UTC+8)</source>
            <translation>WITA (Waktu Indonesia Tengah, UTC+8)</translation>
        </message>
        <message>
            <source>WIT (Eastern Indonesia, UTC+9)</source>
            <translation>WIT (Waktu Indonesia Timur, UTC+9)</translation>
        </message>
        <message>
            <source>Reference data</source>
            <translation>Data referensi</translation>
        </message>
        <message>
            <source>Kota Tidore Kepulauan (bundled with the program)</source>
            <translation>Kota Tidore Kepulauan (disertakan dalam program)</translation>
        </message>
        <message>
            <source>No reference data (another office; loaded later from the hub)</source>
            <translation>Tanpa data referensi (kantor lain; dimuat kemudian dari hub)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Without reference data the region lists stay empty until the hub sends them; complaints can still be recorded.</source>
            <translation>Tanpa data referensi, daftar wilayah kosong sampai dikirim oleh hub; laporan tetap dapat dicatat.</translation>
        </message>
        <message>
            <source>Loading the reference data…</source>
            <translation>Memuat data referensi…</translation>
        </message>
        <message>
            <source>Province: %1 · City: %2 · %3 kecamatan, %4 kelurahan/desa. Check the list below.</source>
            <translation>Provinsi: %1 · Kota: %2 · %3 kecamatan, %4 kelurahan/desa. Periksa daftar di bawah ini.</translation>
        </message>
        <message>
            <source>Office &amp;name</source>
            <translation>&amp;Nama kantor</translation>
        </message>
    </context>
    <context>
        <name>QueueActions</name>
        <message>
            <source>%1 selected…</source>
            <translation>%1 yang dipilih…</translation>
        </message>
        <message>
            <source>%1 complaints selected</source>
            <translation>%1 laporan dipilih</translation>
        </message>
        <message>
            <source>%1: done for %2 complaints.</source>
            <translation>%1: selesai untuk %2 laporan.</translation>
        </message>
        <message>
            <source>%1: done.</source>
            <translation>%1: selesai.</translation>
        </message>
        <message>
            <source>This action is no longer possible: the complaint changed in the meantime. The list has been refreshed.</source>
            <translation>Tindakan ini tidak dapat dilakukan lagi: laporan sudah berubah. Daftar sudah dimuat ulang.</translation>
        </message>
        <message>
            <source>The action was not saved (%1).</source>
            <translation>Tindakan tidak tersimpan (%1).</translation>
        </message>
        <message>
            <source>The action was not saved (%1). Details are in the log file.</source>
            <translation>Tindakan tidak tersimpan (%1). Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>Action not saved</source>
            <translation>Tindakan tidak tersimpan</translation>
        </message>
        <message>
            <source>Receipt saved as PDF: %1</source>
            <translation>Tanda terima disimpan sebagai PDF: %1</translation>
        </message>
    </context>
    <context>
        <name>QueueFilters</name>
        <message>
            <source>Search title, text, reporter, receipt no. or Tracking ID (Ctrl+F)</source>
            <translation>Cari judul, isi, pelapor, no. tanda terima atau Tracking ID (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search complaints</source>
            <translation>Cari laporan</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Saring</translation>
        </message>
        <message>
            <source>Show filters</source>
            <translation>Tampilkan saringan</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Refresh the list</source>
            <translation>Muat ulang daftar</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Ekspor…</translation>
        </message>
        <message>
            <source>Export this view with its filters (LAPOR! v4, CSV, XLSX, JSON Lines)</source>
            <translation>Ekspor tampilan ini dengan filternya (LAPOR! v4, CSV, XLSX, JSON Lines)</translation>
        </message>
        <message>
            <source>Export this view</source>
            <translation>Ekspor tampilan ini</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>All classifications</source>
            <translation>Semua klasifikasi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Semua kategori</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>Semua instansi</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Sumber laporan</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Semua sumber</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Diterima sejak</translation>
        </message>
        <message>
            <source>Received until</source>
            <translation>Diterima sampai</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Hanya yang terlambat</translation>
        </message>
        <message>
            <source>Forwarded to my agency</source>
            <translation>Didisposisikan ke instansi saya</translation>
        </message>
        <message>
            <source>Entered by me</source>
            <translation>Entri saya</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Hapus saringan</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>any</source>
            <translation>semua</translation>
        </message>
        <message>
            <source>Filters (%1)</source>
            <translation>Saring (%1)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Receipt no.</source>
            <translation>No. tanda terima</translation>
        </message>
        <message>
            <source>Tracking ID</source>
            <translation>Tracking ID</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinkron</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>dijeda</translation>
        </message>
        <message>
            <source>Paused while waiting for the reporter's information</source>
            <translation>Dijeda selama menunggu kelengkapan informasi dari pelapor</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>There are no complaints yet.</source>
            <translation>Belum ada laporan.</translation>
        </message>
        <message>
            <source>You have not recorded a complaint on this desk yet.</source>
            <translation>Anda belum mencatat laporan di meja ini.</translation>
        </message>
        <message>
            <source>No complaint is waiting for your agency's follow-up.</source>
            <translation>Tidak ada laporan yang menunggu tindak lanjut instansi Anda.</translation>
        </message>
        <message>
            <source>The hub has refused nothing from this desk.</source>
            <translation>Hub tidak menolak apa pun dari meja ini.</translation>
        </message>
        <message>
            <source>No conflicts: no two desks changed the same complaint differently.</source>
            <translation>Tidak ada konflik: tidak ada dua meja yang mengubah laporan yang sama secara berbeda.</translation>
        </message>
        <message>
            <source>No complaint has a follow-up waiting to be closed.</source>
            <translation>Tidak ada laporan dengan tindak lanjut yang menunggu ditutup.</translation>
        </message>
        <message>
            <source>No complaint is waiting for an agency's follow-up.</source>
            <translation>Tidak ada laporan yang menunggu tindak lanjut instansi.</translation>
        </message>
        <message>
            <source>No complaint is waiting for the reporter's information.</source>
            <translation>Tidak ada laporan yang menunggu kelengkapan informasi dari pelapor.</translation>
        </message>
        <message>
            <source>No complaint is past its deadline.</source>
            <translation>Tidak ada laporan yang melewati tenggat.</translation>
        </message>
        <message>
            <source>Nothing to forward: verified complaints and those an agency declined have all been forwarded.</source>
            <translation>Tidak ada yang perlu diteruskan: laporan yang sudah diverifikasi dan yang dikembalikan instansi sudah diteruskan semua.</translation>
        </message>
        <message>
            <source>Nothing to verify: every complaint received has been verified.</source>
            <translation>Tidak ada yang perlu diverifikasi: semua laporan yang masuk sudah diverifikasi.</translation>
        </message>
        <message>
            <source>No complaint matches the search or the filters. Clear them (Filters › Clear filters, or empty the search box) to see the whole list.</source>
            <translation>Tidak ada laporan yang cocok dengan pencarian atau saringan. Hapus saringan (Saring › Hapus saringan, atau kosongkan kotak pencarian) untuk melihat seluruh daftar.</translation>
        </message>
        <message>
            <source>Close details</source>
            <translation>Tutup rincian</translation>
        </message>
        <message>
            <source>Close details (Esc)</source>
            <translation>Tutup rincian (Esc)</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>All complaints</source>
            <translation>Semua laporan</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>%1 complaints</source>
            <translation>%1 laporan</translation>
        </message>
        <message>
            <source>Receipt saved as PDF: %1</source>
            <translation>Tanda terima disimpan sebagai PDF: %1</translation>
        </message>
        <message>
            <source>To forward</source>
            <translation>Perlu diteruskan</translation>
        </message>
        <message>
            <source>Worklists</source>
            <translation>Daftar kerja</translation>
        </message>
        <message>
            <source>Save as view…</source>
            <translation>Simpan sebagai tampilan…</translation>
        </message>
        <message>
            <source>Delete view</source>
            <translation>Hapus tampilan</translation>
        </message>
        <message>
            <source>Search title, text, reporter, receipt no. or Tracking ID (Ctrl+F)</source>
            <translation>Cari judul, isi, pelapor, no. tanda terima atau Tracking ID (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search complaints</source>
            <translation>Cari laporan</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Saring</translation>
        </message>
        <message>
            <source>Show filters</source>
            <translation>Tampilkan saringan</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Refresh the list</source>
            <translation>Muat ulang daftar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>All classifications</source>
            <translation>Semua klasifikasi</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Semua kategori</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>Semua instansi</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Sumber laporan</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Semua sumber</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Diterima sejak</translation>
        </message>
        <message>
            <source>Received until</source>
            <translation>Diterima sampai</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Hanya yang terlambat</translation>
        </message>
        <message>
            <source>Forwarded to my agency</source>
            <translation>Didisposisikan ke instansi saya</translation>
        </message>
        <message>
            <source>Entered by me</source>
            <translation>Entri saya</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Hapus saringan</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>%1 selected…</source>
            <translation>%1 yang dipilih…</translation>
        </message>
        <message>
            <source>any</source>
            <translation>semua</translation>
        </message>
        <message>
            <source>Needs verification</source>
            <translation>Perlu verifikasi</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Waiting for information</source>
            <translation>Menunggu kelengkapan</translation>
        </message>
        <message>
            <source>Awaiting follow-up</source>
            <translation>Menunggu tindak lanjut</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Sudah ditindaklanjuti</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflik</translation>
        </message>
        <message>
            <source>Rejected by the hub</source>
            <translation>Ditolak hub</translation>
        </message>
        <message>
            <source>For my agency</source>
            <translation>Untuk instansi saya</translation>
        </message>
        <message>
            <source>Filters (%1)</source>
            <translation>Saring (%1)</translation>
        </message>
        <message>
            <source>%1 complaints selected</source>
            <translation>%1 laporan dipilih</translation>
        </message>
        <message>
            <source>%1: done for %2 complaints.</source>
            <translation>%1: selesai untuk %2 laporan.</translation>
        </message>
        <message>
            <source>%1: done.</source>
            <translation>%1: selesai.</translation>
        </message>
        <message>
            <source>This action is no longer possible: the complaint changed in the meantime. The list has been refreshed.</source>
            <translation>Tindakan ini tidak dapat dilakukan lagi: laporan sudah berubah. Daftar sudah dimuat ulang.</translation>
        </message>
        <message>
            <source>The action was not saved (%1).</source>
            <translation>Tindakan tidak tersimpan (%1).</translation>
        </message>
        <message>
            <source>The action was not saved (%1). Details are in the log file.</source>
            <translation>Tindakan tidak tersimpan (%1). Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>Action not saved</source>
            <translation>Tindakan tidak tersimpan</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>Cetak ulang tanda terima</translation>
        </message>
        <message>
            <source>The receipt cannot be printed (%1).</source>
            <translation>Tanda terima tidak dapat dicetak (%1).</translation>
        </message>
        <message>
            <source>Save as view</source>
            <translation>Simpan sebagai tampilan</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nama tampilan:</translation>
        </message>
        <message>
            <source>Not in LAPOR! yet</source>
            <translation>Belum masuk LAPOR!</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Ekspor…</translation>
        </message>
        <message>
            <source>Export this view with its filters (LAPOR! v4, CSV, XLSX, JSON Lines)</source>
            <translation>Ekspor tampilan ini dengan filternya (LAPOR! v4, CSV, XLSX, JSON Lines)</translation>
        </message>
        <message>
            <source>Export this view</source>
            <translation>Ekspor tampilan ini</translation>
        </message>
    </context>
    <context>
        <name>QueueViews</name>
        <message>
            <source>Worklists</source>
            <translation>Daftar kerja</translation>
        </message>
        <message>
            <source>Save as view…</source>
            <translation>Simpan sebagai tampilan…</translation>
        </message>
        <message>
            <source>Delete view</source>
            <translation>Hapus tampilan</translation>
        </message>
        <message>
            <source>Needs verification</source>
            <translation>Perlu verifikasi</translation>
        </message>
        <message>
            <source>To forward</source>
            <translation>Perlu diteruskan</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Waiting for information</source>
            <translation>Menunggu kelengkapan</translation>
        </message>
        <message>
            <source>Awaiting follow-up</source>
            <translation>Menunggu tindak lanjut</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Sudah ditindaklanjuti</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflik</translation>
        </message>
        <message>
            <source>Rejected by the hub</source>
            <translation>Ditolak hub</translation>
        </message>
        <message>
            <source>All complaints</source>
            <translation>Semua laporan</translation>
        </message>
        <message>
            <source>For my agency</source>
            <translation>Untuk instansi saya</translation>
        </message>
        <message>
            <source>Entered by me</source>
            <translation>Entri saya</translation>
        </message>
        <message>
            <source>Not in LAPOR! yet</source>
            <translation>Belum masuk LAPOR!</translation>
        </message>
        <message>
            <source>Save as view</source>
            <translation>Simpan sebagai tampilan</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nama tampilan:</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPreview</name>
        <message>
            <source>Receipt %1 — print preview</source>
            <translation>Tanda terima %1 — pratinjau cetak</translation>
        </message>
        <message>
            <source>Reprint of receipt %1 — print preview</source>
            <translation>Cetak ulang tanda terima %1 — pratinjau cetak</translation>
        </message>
        <message>
            <source>Enter or Ctrl+P: print. Esc: close.</source>
            <translation>Enter atau Ctrl+P: cetak. Esc: tutup.</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Simpan sebagai P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Print… (Ctrl+P)</source>
            <translation>&amp;Cetak… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Print receipt %1</source>
            <translation>Cetak tanda terima %1</translation>
        </message>
        <message>
            <source>Printed to the PDF file %1</source>
            <translation>Dicetak ke berkas PDF %1</translation>
        </message>
        <message>
            <source>Sent to the printer %1.</source>
            <translation>Dikirim ke pencetak %1.</translation>
        </message>
        <message>
            <source>Save receipt as PDF</source>
            <translation>Simpan tanda terima sebagai PDF</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Disimpan sebagai %1</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPrinter</name>
        <message>
            <source>Reprint a receipt</source>
            <translation>Cetak ulang tanda terima</translation>
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
        <name>Refusals</name>
        <message>
            <source>You are no longer signed in (signed out, or the account was disabled). Nothing was changed; sign in again.</source>
            <translation>Anda tidak lagi masuk (sudah keluar, atau akun dinonaktifkan). Tidak ada yang diubah; silakan masuk lagi.</translation>
        </message>
        <message>
            <source>Only a system admin may do this.</source>
            <translation>Hanya admin sistem yang boleh melakukan ini.</translation>
        </message>
        <message>
            <source>This complaint was not forwarded to your agency, so you cannot act on it.</source>
            <translation>Laporan ini tidak diteruskan ke instansi Anda, jadi Anda tidak dapat menindaklanjutinya.</translation>
        </message>
        <message>
            <source>Your role (%1) may not do this. Nothing was changed; ask a colleague whose role may, or the administrator if your role is wrong.</source>
            <translation>Peran Anda (%1) tidak boleh melakukan ini. Tidak ada yang diubah; minta bantuan rekan yang perannya boleh, atau hubungi administrator bila peran Anda keliru.</translation>
        </message>
        <message>
            <source>Your role may not do this. Nothing was changed.</source>
            <translation>Peran Anda tidak boleh melakukan ini. Tidak ada yang diubah.</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <source>Receipt number</source>
            <translation>Nomor tanda terima</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <source>Why the hub refused it</source>
            <translation>Alasan ditolak hub</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Dibuat pada</translation>
        </message>
    </context>
    <context>
        <name>RekeyDialog</name>
        <message>
            <source>Enter into national LAPOR!</source>
            <translation>Masukkan ke LAPOR! nasional</translation>
        </message>
        <message>
            <source>Open the complaint form on lapor.go.id and copy the fields in this order. When LAPOR! shows its Tracking ID, type it below and save: the number the office's hub gave stays the office's own number.</source>
            <translation>Buka formulir pengaduan di lapor.go.id dan salin isiannya menurut urutan ini. Setelah LAPOR! menampilkan Tracking ID-nya, ketik di bawah lalu simpan: nomor dari hub kantor tetap menjadi nomor kantor sendiri.</translation>
        </message>
        <message>
            <source>Already in an imported LAPOR! export?</source>
            <translation>Sudah ada di ekspor LAPOR! yang diimpor?</translation>
        </message>
        <message>
            <source>LAPOR! &amp;Tracking ID:</source>
            <translation>&amp;Tracking ID LAPOR!:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Complaint text</source>
            <translation>Isi laporan</translation>
        </message>
        <message>
            <source>Incident date</source>
            <translation>Tanggal kejadian</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provinsi</translation>
        </message>
        <message>
            <source>City/Regency</source>
            <translation>Kota/Kabupaten</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Kelurahan/Desa</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>Anonymous/Confidential</source>
            <translation>Anonim/Rahasia</translation>
        </message>
        <message>
            <source>Reporter's name</source>
            <translation>Nama pelapor</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Receipt number (the office's)</source>
            <translation>Nomor tanda terima (milik kantor)</translation>
        </message>
        <message>
            <source>Office hub number</source>
            <translation>Nomor hub kantor</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Salin</translation>
        </message>
        <message>
            <source>%1 — %2 (%3% alike%4)</source>
            <translation>%1 — %2 (%3% mirip%4)</translation>
        </message>
        <message>
            <source>, same NIK</source>
            <translation>, NIK sama</translation>
        </message>
        <message>
            <source>No imported complaint of the same days looks like this one.</source>
            <translation>Tidak ada laporan impor dari hari yang sama yang mirip dengan laporan ini.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Tidak disimpan: %1</translation>
        </message>
        <message>
            <source>Not saved because of an unexpected error; details are in the log file.</source>
            <translation>Tidak disimpan karena kesalahan tak terduga; rinciannya ada di berkas log.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Sampai:</translation>
        </message>
        <message>
            <source>This &amp;month</source>
            <translation>&amp;Bulan ini</translation>
        </message>
        <message>
            <source>&amp;Last month</source>
            <translation>Bulan &amp;lalu</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Tampilkan</translation>
        </message>
        <message>
            <source>Monthly &amp;report (PDF)…</source>
            <translation>Laporan bula&amp;nan (PDF)…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>Tepat waktu</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Dihitung</translation>
        </message>
        <message>
            <source>Deadline compliance</source>
            <translation>Kepatuhan tenggat</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Menurut status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>By classification</source>
            <translation>Menurut klasifikasi</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>By category (top 10)</source>
            <translation>Menurut kategori (10 teratas)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>By agency</source>
            <translation>Menurut instansi</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Menurut sumber</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>By kecamatan</source>
            <translation>Menurut kecamatan</translation>
        </message>
        <message>
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tren</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>Laporan lewat tenggat</translation>
        </message>
        <message>
            <source>The figures could not be computed (%1). Details are in the log file.</source>
            <translation>Angka tidak dapat dihitung (%1). Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; complaints received from %2 to %3, &lt;b&gt;%4&lt;/b&gt; of them Rahasia; &lt;b&gt;%5&lt;/b&gt; overdue today.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; laporan diterima dari %2 sampai %3, &lt;b&gt;%4&lt;/b&gt; di antaranya Rahasia; &lt;b&gt;%5&lt;/b&gt; lewat tenggat hari ini.</translation>
        </message>
        <message>
            <source>Verified within %1 working days</source>
            <translation>Diverifikasi dalam %1 hari kerja</translation>
        </message>
        <message>
            <source>Followed up within %1 working days</source>
            <translation>Ditindaklanjuti dalam %1 hari kerja</translation>
        </message>
        <message>
            <source>Closed within %1 days</source>
            <translation>Selesai dalam %1 hari</translation>
        </message>
        <message>
            <source>Median working days to close</source>
            <translation>Median hari kerja sampai selesai</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>belum diisi</translation>
        </message>
        <message>
            <source>not forwarded yet</source>
            <translation>belum didisposisikan</translation>
        </message>
        <message>
            <source>(Rahasia)</source>
            <translation>(Rahasia)</translation>
        </message>
        <message>
            <source>Overdue complaints (%1)</source>
            <translation>Laporan lewat tenggat (%1)</translation>
        </message>
        <message>
            <source>Save the monthly report</source>
            <translation>Simpan laporan bulanan</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Monthly report saved to %1</source>
            <translation>Laporan bulanan disimpan di %1</translation>
        </message>
    </context>
    <context>
        <name>ReprintDialog</name>
        <message>
            <source>Nothing found. Check the number, or search by the reporter's name.</source>
            <translation>Tidak ditemukan. Periksa nomornya, atau cari dengan nama pelapor.</translation>
        </message>
        <message>
            <source>%1 found. Enter prints the chosen one.</source>
            <translation>%1 ditemukan. Enter mencetak yang dipilih.</translation>
        </message>
        <message>
            <source>reporter's name</source>
            <translation>nama pelapor</translation>
        </message>
        <message>
            <source>tracking number</source>
            <translation>nomor pelacakan</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>nomor tanda terima</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Mencari…</translation>
        </message>
        <message>
            <source>Type at least three characters.</source>
            <translation>Ketik paling sedikit tiga karakter.</translation>
        </message>
        <message>
            <source>&amp;Reprint</source>
            <translation>&amp;Cetak ulang</translation>
        </message>
        <message>
            <source>Complaints found</source>
            <translation>Laporan yang ditemukan</translation>
        </message>
        <message>
            <source>for example TIDORE-AB12-260105-0001, 1000123 or Siti</source>
            <translation>misalnya TIDORE-AB12-260105-0001, 1000123 atau Siti</translation>
        </message>
        <message>
            <source>Find the complaint</source>
            <translation>Cari laporan</translation>
        </message>
        <message>
            <source>Receipt number, tracking number or the reporter's name:</source>
            <translation>Nomor tanda terima, nomor pelacakan, atau nama pelapor:</translation>
        </message>
        <message>
            <source>Reprint a receipt</source>
            <translation>Cetak ulang tanda terima</translation>
        </message>
    </context>
    <context>
        <name>RevealDialog</name>
        <message>
            <source>Show the reporter's identity</source>
            <translation>Tampilkan identitas pelapor</translation>
        </message>
        <message>
            <source>The reporter asked to stay anonymous. Their identity is shown only for this view, and the audit trail records that you saw it, when, and your reason. Do not write a NIK, a phone number or a name in the reason.</source>
            <translation>Pelapor meminta identitasnya dirahasiakan. Identitas hanya ditampilkan untuk tampilan ini, dan jejak audit mencatat bahwa Anda melihatnya, kapan, serta alasan Anda. Jangan menulis NIK, nomor telepon, atau nama dalam alasan.</translation>
        </message>
        <message>
            <source>&amp;Reason (required, %1-%2 characters)</source>
            <translation>&amp;Alasan (wajib, %1-%2 karakter)</translation>
        </message>
        <message>
            <source>e.g. the reporter asked to be called back about the location</source>
            <translation>mis. pelapor minta dihubungi kembali soal lokasi kejadian</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>&amp;Show identity</source>
            <translation>&amp;Tampilkan identitas</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Nothing is hidden on this complaint: it is not anonymous.</source>
            <translation>Tidak ada yang disembunyikan pada pengaduan ini: pengaduan ini tidak anonim.</translation>
        </message>
        <message>
            <source>The identity could not be shown (%1).</source>
            <translation>Identitas tidak dapat ditampilkan (%1).</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change role of %1</source>
            <translation>Ganti peran %1</translation>
        </message>
        <message>
            <source>The new role applies on every desk of this office after the next sync. The account is signed out on this desk now.</source>
            <translation>Peran baru berlaku di setiap meja kantor ini setelah sinkronisasi berikutnya. Akun ini dikeluarkan dari meja ini sekarang.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Agency (for an agency liaison)</source>
            <translation>Instansi (untuk Penghubung OPD)</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Account %1 is now %2.</source>
            <translation>Akun %1 sekarang %2.</translation>
        </message>
        <message>
            <source>You cannot take the admin role from your own account.</source>
            <translation>Anda tidak dapat mencabut peran admin dari akun Anda sendiri.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Only a system admin can change these settings. You can change the language.</source>
            <translation>Hanya Admin Sistem yang dapat mengubah pengaturan ini. Anda dapat mengubah bahasa.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>Hub</translation>
        </message>
        <message>
            <source>Office closures</source>
            <translation>Hari libur kantor</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Petugas</translation>
        </message>
        <message>
            <source>Not saved (%1). Details are in the log file.</source>
            <translation>Tidak tersimpan (%1). Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>The hub address starts with https://</source>
            <translation>Alamat hub diawali https://</translation>
        </message>
        <message>
            <source>Enrolled with the hub at %1.</source>
            <translation>Terdaftar pada hub di %1.</translation>
        </message>
        <message>
            <source>Last sync: %1.</source>
            <translation>Sinkronisasi terakhir: %1.</translation>
        </message>
        <message>
            <source>Not enrolled: this desk works on its own until it is enrolled with a hub.</source>
            <translation>Belum terdaftar: meja ini bekerja sendiri sampai didaftarkan ke hub.</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <source>sign-in paused until %1</source>
            <translation>masuk dijeda sampai %1</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>The hub refused the enrolment code (wrong, already used or expired), or the office code does not match. Ask the hub administrator for a new code.</source>
            <translation>Hub menolak kode pendaftaran (salah, sudah terpakai, atau kedaluwarsa), atau kode kantor tidak cocok. Mintalah kode baru kepada admin hub.</translation>
        </message>
        <message>
            <source>Set up the desk first.</source>
            <translation>Siapkan meja ini terlebih dahulu.</translation>
        </message>
        <message>
            <source>Enrolment failed (%1). Details are in the log file.</source>
            <translation>Pendaftaran gagal (%1). Rinciannya ada di berkas log.</translation>
        </message>
        <message>
            <source>Office and desk</source>
            <translation>Kantor dan meja layanan</translation>
        </message>
        <message>
            <source>Office name</source>
            <translation>Nama kantor</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>Kode kantor</translation>
        </message>
        <message>
            <source>Desk code</source>
            <translation>Kode meja</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona waktu</translation>
        </message>
        <message>
            <source>The office is set in the set-up wizard; ask the administrator to change it (lapor-desktop setup).</source>
            <translation>Data kantor diisi saat penyiapan awal; untuk mengubahnya, hubungi administrator (lapor-desktop setup).</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>A new language takes effect the next time LAPOR! Desk starts.</source>
            <translation>Bahasa baru berlaku saat LAPOR! Desk dibuka kembali.</translation>
        </message>
        <message>
            <source>Deadlines (working days)</source>
            <translation>Batas waktu (hari kerja)</translation>
        </message>
        <message>
            <source>Verify a new complaint within</source>
            <translation>Verifikasi laporan baru dalam</translation>
        </message>
        <message>
            <source>Agency follow-up within</source>
            <translation>Tindak lanjut instansi dalam</translation>
        </message>
        <message>
            <source>Close automatically after the reporter's silence of</source>
            <translation>Tutup otomatis bila pelapor tidak menanggapi selama</translation>
        </message>
        <message>
            <source>Complete within</source>
            <translation>Selesaikan dalam</translation>
        </message>
        <message>
            <source>Largest photo side (pixels)</source>
            <translation>Sisi foto terpanjang (piksel)</translation>
        </message>
        <message>
            <source>Downscale photos larger than (KB)</source>
            <translation>Perkecil foto yang lebih besar dari (KB)</translation>
        </message>
        <message>
            <source>Largest attachment (MB)</source>
            <translation>Ukuran lampiran terbesar (MB)</translation>
        </message>
        <message>
            <source>Photos and attachments</source>
            <translation>Foto dan lampiran</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> hari kerja</translation>
        </message>
        <message>
            <source>Changed deadlines apply at once to every open complaint's due date.</source>
            <translation>Perubahan batas waktu langsung berlaku untuk tenggat semua laporan yang masih terbuka.</translation>
        </message>
        <message>
            <source>Download other desks' attachments after each sync</source>
            <translation>Unduh lampiran dari meja lain setiap selesai sinkronisasi</translation>
        </message>
        <message>
            <source>A few at a time, so photos are ready when a complaint is opened. Turn it off when the link is paid by the megabyte.</source>
            <translation>Sedikit demi sedikit, agar foto sudah tersedia saat laporan dibuka. Matikan bila koneksi dibayar per megabita.</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Simpan pengaturan</translation>
        </message>
        <message>
            <source>Save language</source>
            <translation>Simpan bahasa</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Menyimpan…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <source>Due dates of open complaints were recalculated.</source>
            <translation>Tenggat laporan yang masih terbuka sudah dihitung ulang.</translation>
        </message>
        <message>
            <source>Restart LAPOR! Desk to use the new language.</source>
            <translation>Buka ulang LAPOR! Desk untuk memakai bahasa baru.</translation>
        </message>
        <message>
            <source>Not saved: check the marked fields.</source>
            <translation>Belum tersimpan: periksa isian yang ditandai.</translation>
        </message>
        <message>
            <source>Screen lock</source>
            <translation>Kunci layar</translation>
        </message>
        <message>
            <source>Lock the screen after this many minutes without use</source>
            <translation>Kunci layar setelah sekian menit tidak dipakai</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> menit</translation>
        </message>
        <message>
            <source>never</source>
            <translation>tidak pernah</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>Kunci layar setelah</translation>
        </message>
        <message>
            <source>Without a key press or a click for this long, the window is covered and asks for the password again; nothing on screen is lost.</source>
            <translation>Bila selama ini tidak ada tombol ditekan atau klik, jendela ditutupi dan meminta kata sandi lagi; tidak ada yang hilang dari layar.</translation>
        </message>
        <message>
            <source>This desk and the hub</source>
            <translation>Meja ini dan hub</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Device ID</source>
            <translation>ID perangkat</translation>
        </message>
        <message>
            <source>This computer has no secure credential store: the hub token is kept in a file only this Windows/Linux user can read. Protect the user account with a password.</source>
            <translation>Komputer ini tidak memiliki penyimpanan kredensial yang aman: token hub disimpan dalam berkas yang hanya dapat dibaca oleh pengguna Windows/Linux ini. Lindungi akun pengguna komputer dengan kata sandi.</translation>
        </message>
        <message>
            <source>Enrol with a hub</source>
            <translation>Daftarkan ke hub</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Alamat hub</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kode pendaftaran</translation>
        </message>
        <message>
            <source>from the hub administrator</source>
            <translation>dari admin hub</translation>
        </message>
        <message>
            <source>CA bundle file</source>
            <translation>Berkas sertifikat CA</translation>
        </message>
        <message>
            <source>empty: the system's certificates</source>
            <translation>kosong: sertifikat bawaan sistem</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Only needed when the hub uses a certificate of the office's own authority.</source>
            <translation>Hanya diperlukan bila hub memakai sertifikat yang diterbitkan sendiri oleh kantor.</translation>
        </message>
        <message>
            <source>Enrol this desk</source>
            <translation>Daftarkan meja ini</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Enter the enrolment code from the hub administrator.</source>
            <translation>Masukkan kode pendaftaran dari admin hub.</translation>
        </message>
        <message>
            <source>Contacting the hub…</source>
            <translation>Menghubungi hub…</translation>
        </message>
        <message>
            <source>Enrolled with hub %1.</source>
            <translation>Terdaftar pada hub %1.</translation>
        </message>
        <message>
            <source>Days the office is closed besides national holidays (cuti bersama, local holidays). Deadlines skip these days; a change moves the due dates of open complaints.</source>
            <translation>Hari kantor tutup selain hari libur nasional (cuti bersama, libur daerah). Batas waktu tidak menghitung hari-hari ini; setiap perubahan menggeser tenggat laporan yang masih terbuka.</translation>
        </message>
        <message>
            <source>Office closure days</source>
            <translation>Hari libur kantor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Closure date</source>
            <translation>Tanggal libur</translation>
        </message>
        <message>
            <source>Reason for the closure</source>
            <translation>Keterangan libur</translation>
        </message>
        <message>
            <source>e.g. Cuti bersama Idulfitri</source>
            <translation>mis. Cuti bersama Idulfitri</translation>
        </message>
        <message>
            <source>Add day</source>
            <translation>Tambah hari</translation>
        </message>
        <message>
            <source>Remove selected day</source>
            <translation>Hapus hari terpilih</translation>
        </message>
        <message>
            <source>Saving and recalculating due dates…</source>
            <translation>Menyimpan dan menghitung ulang tenggat…</translation>
        </message>
        <message>
            <source>Select a day in the list first.</source>
            <translation>Pilih dulu salah satu hari dalam daftar.</translation>
        </message>
        <message>
            <source>Saved. Due dates of open complaints were recalculated.</source>
            <translation>Tersimpan. Tenggat laporan yang masih terbuka sudah dihitung ulang.</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Akun petugas</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Nama login</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>Disable / enable account</source>
            <translation>Nonaktifkan / aktifkan akun</translation>
        </message>
        <message>
            <source>New password for the selected account</source>
            <translation>Kata sandi baru untuk akun terpilih</translation>
        </message>
        <message>
            <source>new password (at least 8 characters)</source>
            <translation>kata sandi baru (min. 8 karakter)</translation>
        </message>
        <message>
            <source>Set new password</source>
            <translation>Ganti kata sandi</translation>
        </message>
        <message>
            <source>Lift sign-in pause</source>
            <translation>Buka jeda masuk</translation>
        </message>
        <message>
            <source>After five wrong passwords sign-in waits five minutes; lift the pause for the selected account now.</source>
            <translation>Setelah lima kali kata sandi salah, masuk ditunda lima menit; buka jeda untuk akun yang dipilih sekarang.</translation>
        </message>
        <message>
            <source>Add a staff account</source>
            <translation>Tambah akun petugas</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>Agency (for an agency liaison)</source>
            <translation>Instansi (untuk Penghubung OPD)</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Tambah akun</translation>
        </message>
        <message>
            <source>Select an account in the list first.</source>
            <translation>Pilih dulu salah satu akun dalam daftar.</translation>
        </message>
        <message>
            <source>Account %1 added.</source>
            <translation>Akun %1 sudah ditambahkan.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
        </message>
        <message>
            <source>Account %1 disabled.</source>
            <translation>Akun %1 dinonaktifkan.</translation>
        </message>
        <message>
            <source>Account %1 enabled.</source>
            <translation>Akun %1 diaktifkan.</translation>
        </message>
        <message>
            <source>Sign-in pause lifted for %1.</source>
            <translation>Jeda masuk untuk %1 sudah dibuka.</translation>
        </message>
        <message>
            <source>Sign-in was not paused for %1.</source>
            <translation>Masuk untuk %1 tidak sedang dijeda.</translation>
        </message>
        <message>
            <source>New password set for %1.</source>
            <translation>Kata sandi baru untuk %1 sudah disimpan.</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Sambungan</translation>
        </message>
        <message>
            <source>How reporters reach the office (printed on every receipt)</source>
            <translation>Cara pelapor menghubungi kantor (dicetak di setiap tanda terima)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Jl. Sultan Syahjuan No. 1, Soasio</source>
            <translation>Jl. Sultan Syahjuan No. 1, Soasio</translation>
        </message>
        <message>
            <source>Status page</source>
            <translation>Halaman status</translation>
        </message>
        <message>
            <source>Save the contact details</source>
            <translation>Simpan kontak kantor</translation>
        </message>
        <message>
            <source>Empty parts are left off the receipt. Only an administrator changes them.</source>
            <translation>Bagian yang kosong tidak dicetak. Hanya administrator yang dapat mengubahnya.</translation>
        </message>
        <message>
            <source>Saved: the next receipt prints these.</source>
            <translation>Tersimpan: tanda terima berikutnya mencetak kontak ini.</translation>
        </message>
        <message>
            <source>Not saved (%1).</source>
            <translation>Tidak disimpan (%1).</translation>
        </message>
        <message>
            <source>Only a system admin may do this.</source>
            <translation>Hanya Admin Sistem yang boleh melakukan ini.</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Ganti peran…</translation>
        </message>
        <message>
            <source>Accounts belong to the whole office: a change made here applies on every desk of the office after a sync.</source>
            <translation>Akun berlaku untuk seluruh kantor: perubahan di sini berlaku di setiap meja kantor ini setelah sinkronisasi.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>LAPOR! Desk — set-up</source>
            <translation>LAPOR! Desk — penyiapan awal</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Kembali</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Lanjut &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Selesai</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Setting up the desk…</source>
            <translation>Menyiapkan meja layanan…</translation>
        </message>
        <message>
            <source>Desk set up. Contacting the hub…</source>
            <translation>Meja sudah disiapkan. Menghubungi hub…</translation>
        </message>
        <message>
            <source>The desk is set up, but the enrolment failed: %1
You can enrol later in Settings › Hub. Press Finish to go on.</source>
            <translation>Meja sudah disiapkan, tetapi pendaftaran ke hub gagal: %1
Anda dapat mendaftar nanti di Pengaturan › Hub. Tekan Selesai untuk melanjutkan.</translation>
        </message>
        <message>
            <source>Not saved:</source>
            <translation>Belum tersimpan:</translation>
        </message>
        <message>
            <source>Not saved: this desk already holds complaints of another office.</source>
            <translation>Belum tersimpan: meja ini sudah berisi laporan milik kantor lain.</translation>
        </message>
        <message>
            <source>Not saved (%1). Details are in the log file.</source>
            <translation>Tidak tersimpan (%1). Rinciannya ada di berkas log.</translation>
        </message>
    </context>
    <context>
        <name>SignInLoop</name>
        <message>
            <source>Signed out. An unsaved complaint form was kept as a draft for its author.</source>
            <translation>Anda sudah keluar. Formulir pengaduan yang belum disimpan disimpan sebagai draf untuk penulisnya.</translation>
        </message>
        <message>
            <source>Switch user: sign in with your own account. An unsaved complaint form was kept as a draft for its author.</source>
            <translation>Ganti pengguna: masuk dengan akun Anda sendiri. Formulir pengaduan yang belum disimpan disimpan sebagai draf untuk penulisnya.</translation>
        </message>
    </context>
    <context>
        <name>SimilarComplaintDialog</name>
        <message>
            <source>An earlier complaint</source>
            <translation>Laporan sebelumnya</translation>
        </message>
        <message>
            <source>Is the reporter coming back about this complaint? Then add what they say to it instead of recording the same complaint twice.</source>
            <translation>Apakah pelapor datang lagi untuk laporan ini? Jika ya, tambahkan keterangannya ke laporan ini, jangan mencatat laporan yang sama dua kali.</translation>
        </message>
        <message>
            <source>Receipt number:</source>
            <translation>Nomor tanda terima:</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>Diterima:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Judul:</translation>
        </message>
        <message>
            <source>Why it is shown:</source>
            <translation>Alasan ditampilkan:</translation>
        </message>
        <message>
            <source>What the reporter says now:</source>
            <translation>Keterangan pelapor sekarang:</translation>
        </message>
        <message>
            <source>What the reporter says now</source>
            <translation>Keterangan pelapor sekarang</translation>
        </message>
        <message numerus="yes">
            <source>The %n attachment(s) in the form are added to it too.</source>
            <translation>
                <numerusform>%n lampiran di formulir juga ikut ditambahkan.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add to this complaint</source>
            <translation>&amp;Tambahkan ke laporan ini</translation>
        </message>
        <message>
            <source>&amp;Open it</source>
            <translation>&amp;Buka laporan</translation>
        </message>
        <message>
            <source>&amp;Reprint its receipt</source>
            <translation>&amp;Cetak ulang tanda terima</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>The officers are waiting for information from the reporter. What you add is recorded as that information, and the deadline clock runs again.</source>
            <translation>Petugas sedang menunggu kelengkapan informasi dari pelapor. Keterangan yang Anda tambahkan dicatat sebagai informasi tersebut, dan hitungan tenggat berjalan lagi.</translation>
        </message>
        <message>
            <source>This complaint is finished. What you add is recorded as the reporter's reply, and that opens the complaint again.</source>
            <translation>Laporan ini sudah selesai. Keterangan yang Anda tambahkan dicatat sebagai tanggapan pelapor, dan laporan dibuka kembali.</translation>
        </message>
        <message>
            <source>The agency has followed this complaint up. What you add is recorded as the reporter's reply to it.</source>
            <translation>Instansi sudah menindaklanjuti laporan ini. Keterangan yang Anda tambahkan dicatat sebagai tanggapan pelapor atas tindak lanjut itu.</translation>
        </message>
        <message>
            <source>What you add is kept on this complaint as a note for the officers, and is sent to the hub with the next synchronisation.</source>
            <translation>Keterangan yang Anda tambahkan disimpan pada laporan ini sebagai catatan untuk petugas, dan dikirim ke hub pada sinkronisasi berikutnya.</translation>
        </message>
        <message>
            <source>Your role cannot add anything to this complaint. You can still reprint its receipt.</source>
            <translation>Peran Anda tidak dapat menambahkan apa pun ke laporan ini. Anda tetap dapat mencetak ulang tanda terimanya.</translation>
        </message>
        <message>
            <source>What the reporter says now: please write it.</source>
            <translation>Keterangan pelapor sekarang: wajib diisi.</translation>
        </message>
        <message>
            <source>What the reporter says now: at most %1 characters.</source>
            <translation>Keterangan pelapor sekarang: paling panjang %1 karakter.</translation>
        </message>
    </context>
    <context>
        <name>StaffTab</name>
        <message>
            <source>Staff accounts</source>
            <translation>Akun petugas</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Nama login</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>Accounts belong to the whole office: a change made here applies on every desk of the office after a sync.</source>
            <translation>Akun berlaku untuk seluruh kantor: perubahan di sini berlaku di setiap meja kantor ini setelah sinkronisasi.</translation>
        </message>
        <message>
            <source>Disable / enable account</source>
            <translation>Nonaktifkan / aktifkan akun</translation>
        </message>
        <message>
            <source>New password for the selected account</source>
            <translation>Kata sandi baru untuk akun terpilih</translation>
        </message>
        <message>
            <source>new password (at least 8 characters)</source>
            <translation>kata sandi baru (min. 8 karakter)</translation>
        </message>
        <message>
            <source>Set new password</source>
            <translation>Ganti kata sandi</translation>
        </message>
        <message>
            <source>Lift sign-in pause</source>
            <translation>Buka jeda masuk</translation>
        </message>
        <message>
            <source>After five wrong passwords sign-in waits five minutes; lift the pause for the selected account now.</source>
            <translation>Setelah lima kali kata sandi salah, masuk ditunda lima menit; buka jeda untuk akun yang dipilih sekarang.</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Ganti peran…</translation>
        </message>
        <message>
            <source>Add a staff account</source>
            <translation>Tambah akun petugas</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>Agency (for an agency liaison)</source>
            <translation>Instansi (untuk Penghubung OPD)</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Tambah akun</translation>
        </message>
        <message>
            <source>Select an account in the list first.</source>
            <translation>Pilih dulu salah satu akun dalam daftar.</translation>
        </message>
        <message>
            <source>Account %1 added.</source>
            <translation>Akun %1 sudah ditambahkan.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
        </message>
        <message>
            <source>Account %1 disabled.</source>
            <translation>Akun %1 dinonaktifkan.</translation>
        </message>
        <message>
            <source>Account %1 enabled.</source>
            <translation>Akun %1 diaktifkan.</translation>
        </message>
        <message>
            <source>Sign-in pause lifted for %1.</source>
            <translation>Jeda masuk untuk %1 sudah dibuka.</translation>
        </message>
        <message>
            <source>Sign-in was not paused for %1.</source>
            <translation>Masuk untuk %1 tidak sedang dijeda.</translation>
        </message>
        <message>
            <source>New password set for %1.</source>
            <translation>Kata sandi baru untuk %1 sudah disimpan.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>Nothing was saved: the folder %1 is read-only. Ask the administrator to make it writable. Everything already saved can still be read; what was typed stays on the screen.</source>
            <translation>Tidak ada yang tersimpan: folder %1 hanya-baca. Minta administrator memberi izin tulis pada folder itu. Semua yang sudah tersimpan tetap dapat dibaca; isian yang diketik tetap di layar.</translation>
        </message>
        <message>
            <source>Nothing was saved: the disk is full. The folder %1 has %2 MB free; free at least %3 MB (empty the Recycle Bin, move old files elsewhere), then save again. Everything already saved can still be read; what was typed stays on the screen.</source>
            <translation>Tidak ada yang tersimpan: disk penuh. Folder %1 hanya punya %2 MB ruang kosong; bebaskan sedikitnya %3 MB (kosongkan Recycle Bin, pindahkan berkas lama ke tempat lain), lalu simpan lagi. Semua yang sudah tersimpan tetap dapat dibaca; isian yang diketik tetap di layar.</translation>
        </message>
        <message>
            <source>Folder %1 is read-only: nothing can be saved (queues and details can still be read).</source>
            <translation>Folder %1 hanya-baca: tidak ada yang dapat disimpan (antrean dan rincian tetap dapat dibaca).</translation>
        </message>
        <message>
            <source>There is room on the disk again: saving works.</source>
            <translation>Ruang disk cukup lagi: bisa menyimpan.</translation>
        </message>
        <message>
            <source>Disk full: free at least %1 MB. Read-only until then (queues and details can still be read); saving resumes by itself.</source>
            <translation>Disk penuh: bebaskan sedikitnya %1 MB. Sampai itu hanya-baca (antrean dan rincian tetap dapat dibaca); penyimpanan berjalan lagi dengan sendirinya.</translation>
        </message>
        <message>
            <source>the folder %1 is read-only</source>
            <translation>folder %1 hanya-baca</translation>
        </message>
        <message>
            <source>the disk is full (the folder %1 has %2 MB free; free at least %3 MB)</source>
            <translation>disk penuh (folder %1 hanya punya %2 MB ruang kosong; bebaskan sedikitnya %3 MB)</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Check and finish</source>
            <translation>Periksa dan selesaikan</translation>
        </message>
        <message>
            <source>Press Finish to save; then sign in with the administrator account.</source>
            <translation>Tekan Selesai untuk menyimpan, lalu masuk dengan akun administrator.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Bahasa: %1</translation>
        </message>
        <message>
            <source>Office: %1 (%2)</source>
            <translation>Kantor: %1 (%2)</translation>
        </message>
        <message>
            <source>Time zone: %1</source>
            <translation>Zona waktu: %1</translation>
        </message>
        <message>
            <source>Reference data: %1</source>
            <translation>Data referensi: %1</translation>
        </message>
        <message>
            <source>Administrator: %1</source>
            <translation>Administrator: %1</translation>
        </message>
        <message>
            <source>Hub: %1 (enrolled when you press Finish)</source>
            <translation>Hub: %1 (didaftarkan saat Anda menekan Selesai)</translation>
        </message>
        <message>
            <source>Hub: none for now</source>
            <translation>Hub: belum ada</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>%1 s</source>
            <translation>%1 dtk</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 mnt %2 dtk</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 jam %2 mnt</translation>
        </message>
        <message>
            <source>%1 seconds</source>
            <translation>%1 detik</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 menit</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 menit</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Partly done: %1 changes still waiting</source>
            <translation>Sebagian: %1 perubahan masih menunggu</translation>
        </message>
        <message>
            <source>Partly done: continues in the next sync</source>
            <translation>Sebagian: dilanjutkan pada sinkronisasi berikutnya</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Sinkronisasi</translation>
        </message>
        <message>
            <source>Checking the hub…</source>
            <translation>Memeriksa hub…</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>Keadaan sinkronisasi</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sinkronkan sekarang</translation>
        </message>
        <message>
            <source>Stop this sync</source>
            <translation>Hentikan sinkronisasi ini</translation>
        </message>
        <message>
            <source>Stops the running sync; nothing is lost, the rest is sent next time</source>
            <translation>Menghentikan sinkronisasi yang berjalan; tidak ada yang hilang, sisanya dikirim lain kali</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Kemajuan sinkronisasi</translation>
        </message>
        <message>
            <source>The device token is stored in a file, not in the system's credential store. Ask the administrator to check this PC.</source>
            <translation>Token perangkat tersimpan di berkas, bukan di penyimpanan kredensial sistem. Minta administrator memeriksa PC ini.</translation>
        </message>
        <message>
            <source>Waiting to be sent: …</source>
            <translation>Menunggu dikirim: …</translation>
        </message>
        <message>
            <source>Last synchronisations</source>
            <translation>Sinkronisasi terakhir</translation>
        </message>
        <message>
            <source>Refused by the hub</source>
            <translation>Ditolak oleh hub</translation>
        </message>
        <message>
            <source>Open complaint</source>
            <translation>Buka laporan</translation>
        </message>
        <message>
            <source>Open the complaint of the selected refused change</source>
            <translation>Buka laporan dari perubahan yang ditolak yang dipilih</translation>
        </message>
        <message>
            <source>Changes refused by the hub</source>
            <translation>Perubahan yang ditolak hub</translation>
        </message>
        <message>
            <source>None. Every change sent so far was accepted.</source>
            <translation>Tidak ada. Semua perubahan yang sudah dikirim diterima hub.</translation>
        </message>
        <message>
            <source>Refused by the hub (%1)</source>
            <translation>Ditolak oleh hub (%1)</translation>
        </message>
        <message>
            <source>Starting the sync…</source>
            <translation>Memulai sinkronisasi…</translation>
        </message>
        <message>
            <source>Not enrolled with a hub yet — enrol this desk in Settings</source>
            <translation>Belum terdaftar ke hub — daftarkan meja ini di Pengaturan</translation>
        </message>
        <message>
            <source>Complaints are kept safely on this PC until then.</source>
            <translation>Sampai saat itu, laporan tersimpan aman di PC ini.</translation>
        </message>
        <message>
            <source>Synchronising with the hub…</source>
            <translation>Sedang menyinkronkan dengan hub…</translation>
        </message>
        <message>
            <source>You can keep working; saving is not affected.</source>
            <translation>Anda tetap bisa bekerja; menyimpan laporan tidak terganggu.</translation>
        </message>
        <message>
            <source>Hub not reachable, next try in %1</source>
            <translation>Hub tidak terjangkau, dicoba lagi dalam %1</translation>
        </message>
        <message>
            <source>Hub not reachable</source>
            <translation>Hub tidak terjangkau</translation>
        </message>
        <message>
            <source>Nothing is lost: changes wait on this PC and are sent when the link is back.</source>
            <translation>Tidak ada yang hilang: perubahan menunggu di PC ini dan dikirim saat jaringan kembali.</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>Sinkronisasi gagal</translation>
        </message>
        <message>
            <source>Synchronisation stopped</source>
            <translation>Sinkronisasi dihentikan</translation>
        </message>
        <message>
            <source>Connected to the hub · last sync %1</source>
            <translation>Tersambung ke hub · sinkron terakhir %1</translation>
        </message>
        <message>
            <source>Connected to the hub</source>
            <translation>Tersambung ke hub</translation>
        </message>
        <message>
            <source>Next sync in %1.</source>
            <translation>Sinkronisasi berikutnya dalam %1.</translation>
        </message>
        <message>
            <source>Reference data from the hub was refused; this desk keeps its previous reference data. Tell the hub administrator: %1</source>
            <translation>Data referensi dari hub ditolak; meja ini tetap memakai data referensi sebelumnya. Beri tahu admin hub: %1</translation>
        </message>
        <message>
            <source>Connecting to the hub…</source>
            <translation>Menghubungi hub…</translation>
        </message>
        <message>
            <source>Sent %1 of %2 changes</source>
            <translation>Terkirim %1 dari %2 perubahan</translation>
        </message>
        <message>
            <source>received %1</source>
            <translation>diterima %1</translation>
        </message>
        <message>
            <source>%1 up, %2 down</source>
            <translation>%1 naik, %2 turun</translation>
        </message>
        <message>
            <source>attachments %1 of %2</source>
            <translation>lampiran %1 dari %2</translation>
        </message>
        <message>
            <source>Nothing is waiting: everything recorded here has reached the hub.</source>
            <translation>Tidak ada yang menunggu: semua yang dicatat di sini sudah sampai di hub.</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1 changes, %2 attachments</source>
            <translation>Menunggu dikirim: %1 perubahan, %2 lampiran</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>%1 jam</translation>
        </message>
        <message>
            <source>This PC's clock is %1 behind the hub's. Sync still works, but ask the administrator to set the date and time.</source>
            <translation>Jam PC ini tertinggal %1 dari jam hub. Sinkronisasi tetap berjalan, tetapi minta administrator membetulkan tanggal dan jam.</translation>
        </message>
        <message>
            <source>This PC's clock is %1 ahead of the hub's. Sync still works, but ask the administrator to set the date and time.</source>
            <translation>Jam PC ini lebih cepat %1 dari jam hub. Sinkronisasi tetap berjalan, tetapi minta administrator membetulkan tanggal dan jam.</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sinkronkan sekarang</translation>
        </message>
        <message>
            <source>Send what is waiting and fetch news from the hub now (F9)</source>
            <translation>Kirim yang menunggu dan ambil kabar terbaru dari hub sekarang (F9)</translation>
        </message>
        <message>
            <source>Nothing to sync with: this desk is not enrolled with a hub. An administrator enrols it in Settings › Hub; complaints stay safely on this PC until then.</source>
            <translation>Tidak ada yang dapat disinkronkan: meja ini tidak terdaftar pada hub. Administrator mendaftarkannya di Pengaturan › Hub; sampai saat itu laporan tersimpan aman di PC ini.</translation>
        </message>
        <message>
            <source>Last sync: nothing new either way.</source>
            <translation>Sinkronisasi terakhir: tidak ada yang baru, dari mana pun.</translation>
        </message>
        <message>
            <source>Last sync: %1 changes sent, %2 received</source>
            <translation>Sinkronisasi terakhir: %1 perubahan terkirim, %2 diterima</translation>
        </message>
        <message>
            <source>, %1 refused by the hub (see below)</source>
            <translation>, %1 ditolak hub (lihat di bawah)</translation>
        </message>
        <message>
            <source>Send what is waiting and fetch news from the hub now</source>
            <translation>Kirim yang menunggu dan ambil kabar terbaru dari hub sekarang</translation>
        </message>
        <message>
        <source>The hub refused this desk&apos;s audit trail: what it already holds differs from this desk&apos;s (the trail was changed here, or the desk was restored from a backup). Complaints still sync. Tell the administrator.</source>
        <translation>Hub menolak jejak audit meja ini: yang sudah disimpan hub berbeda dengan milik meja ini (jejak diubah di sini, atau meja dipulihkan dari cadangan). Pengaduan tetap tersinkron. Beri tahu administrator.</translation>
    </message>

</context>
    <context>
        <name>SyncRunsModel</name>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Terkirim</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <source>Data (up / down)</source>
            <translation>Data (naik / turun)</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Lama</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Attachments sent: %1</source>
            <translation>Lampiran terkirim: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>(settles %1 conflicting changes)</source>
            <translation>(menyelesaikan %1 perubahan yang bertentangan)</translation>
        </message>
        <message>
            <source>conflict: %1</source>
            <translation>konflik: %1</translation>
        </message>
        <message>
            <source>(settled)</source>
            <translation>(sudah diselesaikan)</translation>
        </message>
        <message>
            <source>rejected by the hub: %1</source>
            <translation>ditolak hub: %1</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Who (role)</source>
            <translation>Oleh (peran)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kegiatan</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinkron</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to LAPOR! Desk</source>
            <translation>Selamat datang di LAPOR! Desk</translation>
        </message>
        <message>
            <source>This desk is set up once; it takes a few minutes.</source>
            <translation>Meja layanan ini cukup disiapkan sekali; hanya perlu beberapa menit.</translation>
        </message>
        <message>
            <source>LAPOR! Desk records the complaints brought to the office's front desk, also when the internet is down, and sends them to the office's hub when a connection is there.

You will enter: the office, the region, the first administrator account and, if you have one, the hub's enrolment code. Nothing is saved before you press Finish.</source>
            <translation>LAPOR! Desk mencatat pengaduan yang disampaikan di loket kantor, juga saat internet terputus, lalu mengirimkannya ke hub kantor ketika sambungan tersedia.

Anda akan mengisi: data kantor, wilayah, akun administrator pertama dan, bila sudah ada, kode pendaftaran hub. Tidak ada yang disimpan sebelum Anda menekan Selesai.</translation>
        </message>
        <message>
            <source>Language of the program:</source>
            <translation>Bahasa program:</translation>
        </message>
    </context>
    <context>
        <name>_Section</name>
        <message>
            <source>Complaints</source>
            <translation>Laporan</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Receipt %1 — print preview</source>
            <translation>Tanda terima %1 — pratinjau cetak</translation>
        </message>
    </context>
    <context>
        <name>RestoreOffer</name>
        <message>
            <source>The database of this desk was not found, although this desk is set up. The program did not start a new, empty database.</source>
            <translation>Basis data meja ini tidak ditemukan, padahal meja ini sudah disiapkan. Program tidak memulai basis data baru yang kosong.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of LAPOR! Desk. Install the newest version; nothing was changed.</source>
            <translation>Basis data ini ditulis oleh versi LAPOR! Desk yang lebih baru. Pasang versi terbaru; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The database of this desk is damaged and was not opened. Nothing was written into it.</source>
            <translation>Basis data meja ini rusak dan tidak dibuka. Tidak ada yang ditulis ke dalamnya.</translation>
        </message>
        <message>
            <source>The damaged file was kept (not deleted) in:
%1</source>
            <translation>Berkas yang rusak disimpan (tidak dihapus) di:
%1</translation>
        </message>
        <message>
            <source>The newest good backup is from %1 and holds %2 complaints. Complaints recorded after that are brought back from the hub at the next sync, if this desk had sent them; anything never sent is missing.</source>
            <translation>Cadangan baik yang terbaru dibuat %1 dan berisi %2 laporan. Laporan yang dicatat sesudahnya diambil kembali dari hub pada sinkronisasi berikutnya, bila meja ini sudah mengirimnya; yang belum pernah terkirim tidak ada.</translation>
        </message>
        <message>
            <source>The database in the folder %1 cannot be opened (%2). Check the free disk space and that the folder may be written, then start the program again; the file was not changed.</source>
            <translation>Basis data di folder %1 tidak dapat dibuka (%2). Periksa ruang disk yang tersisa dan izin tulis folder itu, lalu buka program lagi; berkasnya tidak diubah.</translation>
        </message>
        <message>
            <source>Restore this backup now?</source>
            <translation>Pulihkan cadangan ini sekarang?</translation>
        </message>
        <message>
            <source>There is no good backup. Call the administrator; do not set up this desk again.</source>
            <translation>Tidak ada cadangan yang baik. Hubungi administrator; jangan siapkan ulang meja ini.</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Masalah basis data</translation>
        </message>
        <message>
            <source>&amp;Restore backup</source>
            <translation>&amp;Pulihkan cadangan</translation>
        </message>
        <message>
            <source>&amp;Close the program</source>
            <translation>&amp;Tutup program</translation>
        </message>
        <message>
            <source>The backup could not be restored (%1). Nothing was changed.</source>
            <translation>Cadangan tidak dapat dipulihkan (%1). Tidak ada yang diubah.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>complaint data</source>
            <comment>field.</comment>
            <translation>data laporan</translation>
        </message>
        <message>
            <source>title</source>
            <comment>field.title</comment>
            <translation>judul laporan</translation>
        </message>
        <message>
            <source>complaint text</source>
            <comment>field.body</comment>
            <translation>isi laporan</translation>
        </message>
        <message>
            <source>final complaint text</source>
            <comment>field.body_final</comment>
            <translation>isi laporan akhir</translation>
        </message>
        <message>
            <source>classification</source>
            <comment>field.classification</comment>
            <translation>klasifikasi laporan</translation>
        </message>
        <message>
            <source>channel</source>
            <comment>field.channel</comment>
            <translation>sumber laporan</translation>
        </message>
        <message>
            <source>category</source>
            <comment>field.category_id</comment>
            <translation>kategori</translation>
        </message>
        <message>
            <source>reporter details</source>
            <comment>field.reporter</comment>
            <translation>data pelapor</translation>
        </message>
        <message>
            <source>reporter name</source>
            <comment>field.reporter.name</comment>
            <translation>nama pelapor</translation>
        </message>
        <message>
            <source>NIK (national ID number)</source>
            <comment>field.reporter.nik</comment>
            <translation>NIK</translation>
        </message>
        <message>
            <source>phone number</source>
            <comment>field.reporter.phone</comment>
            <translation>nomor telepon</translation>
        </message>
        <message>
            <source>e-mail</source>
            <comment>field.reporter.email</comment>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>address</source>
            <comment>field.reporter.address</comment>
            <translation>alamat</translation>
        </message>
        <message>
            <source>anonymous flag</source>
            <comment>field.anonymous</comment>
            <translation>tanda anonim</translation>
        </message>
        <message>
            <source>confidential flag</source>
            <comment>field.confidential</comment>
            <translation>tanda rahasia</translation>
        </message>
        <message>
            <source>location</source>
            <comment>field.location</comment>
            <translation>lokasi</translation>
        </message>
        <message>
            <source>province</source>
            <comment>field.location.province</comment>
            <translation>provinsi</translation>
        </message>
        <message>
            <source>city/regency</source>
            <comment>field.location.city</comment>
            <translation>kota/kabupaten</translation>
        </message>
        <message>
            <source>district (kecamatan)</source>
            <comment>field.location.district</comment>
            <translation>kecamatan</translation>
        </message>
        <message>
            <source>village (kelurahan/desa)</source>
            <comment>field.location.village</comment>
            <translation>kelurahan/desa</translation>
        </message>
        <message>
            <source>incident date</source>
            <comment>field.incident_date</comment>
            <translation>tanggal kejadian</translation>
        </message>
        <message>
            <source>changed fields</source>
            <comment>field.fields</comment>
            <translation>daftar isian yang diubah</translation>
        </message>
        <message>
            <source>office phone number</source>
            <comment>field.office_phone</comment>
            <translation>nomor telepon kantor</translation>
        </message>
        <message>
            <source>office WhatsApp number</source>
            <comment>field.office_whatsapp</comment>
            <translation>nomor WhatsApp kantor</translation>
        </message>
        <message>
            <source>office address</source>
            <comment>field.office_address</comment>
            <translation>alamat kantor</translation>
        </message>
        <message>
            <source>status page address</source>
            <comment>field.status_url</comment>
            <translation>alamat halaman status</translation>
        </message>
        <message>
            <source>verification limit</source>
            <comment>field.verify_days</comment>
            <translation>batas verifikasi</translation>
        </message>
        <message>
            <source>follow-up limit</source>
            <comment>field.followup_days</comment>
            <translation>batas tindak lanjut</translation>
        </message>
        <message>
            <source>auto-close limit</source>
            <comment>field.autoclose_days</comment>
            <translation>batas tutup otomatis</translation>
        </message>
        <message>
            <source>completion limit</source>
            <comment>field.completion_days</comment>
            <translation>batas penyelesaian</translation>
        </message>
        <message>
            <source>largest photo size</source>
            <comment>field.photo_max_pixels</comment>
            <translation>ukuran foto terbesar</translation>
        </message>
        <message>
            <source>downscale photos above</source>
            <comment>field.photo_downscale_above_kb</comment>
            <translation>perkecil foto di atas</translation>
        </message>
        <message>
            <source>largest attachment</source>
            <comment>field.attachment_max_mb</comment>
            <translation>ukuran lampiran terbesar</translation>
        </message>
        <message>
            <source>lock the screen after</source>
            <comment>field.idle_lock_minutes</comment>
            <translation>kunci layar setelah</translation>
        </message>
        <message>
            <source>text</source>
            <comment>type.text</comment>
            <translation>teks</translation>
        </message>
        <message>
            <source>an object</source>
            <comment>type.object</comment>
            <translation>isian bertingkat (objek)</translation>
        </message>
        <message>
            <source>true or false</source>
            <comment>type.boolean</comment>
            <translation>ya/tidak (true/false)</translation>
        </message>
        <message>
            <source>a whole number</source>
            <comment>type.integer</comment>
            <translation>bilangan bulat</translation>
        </message>
        <message>
            <source>a true/false value</source>
            <comment>kind.boolean</comment>
            <translation>nilai ya/tidak</translation>
        </message>
        <message>
            <source>a number</source>
            <comment>kind.integer</comment>
            <translation>angka</translation>
        </message>
        <message>
            <source>a number</source>
            <comment>kind.number</comment>
            <translation>angka</translation>
        </message>
        <message>
            <source>text</source>
            <comment>kind.text</comment>
            <translation>teks</translation>
        </message>
        <message>
            <source>an object</source>
            <comment>kind.object</comment>
            <translation>objek</translation>
        </message>
        <message>
            <source>a list</source>
            <comment>kind.list</comment>
            <translation>daftar</translation>
        </message>
        <message>
            <source>{Field} is required.</source>
            <comment>required</comment>
            <translation>{Field} wajib diisi.</translation>
        </message>
        <message>
            <source>{Field} must be {expected}, not {got}.</source>
            <comment>wrong_type</comment>
            <translation>{Field} harus berupa {expected}, bukan {got}.</translation>
        </message>
        <message>
            <source>{Field} is too short: at least {min} characters (got {length}).</source>
            <comment>too_short</comment>
            <translation>{Field} terlalu pendek: minimal {min} karakter (tertulis {length}).</translation>
        </message>
        <message>
            <source>{Field} is too long: at most {max} characters (got {length}).</source>
            <comment>too_long</comment>
            <translation>{Field} terlalu panjang: maksimal {max} karakter (tertulis {length}).</translation>
        </message>
        <message>
            <source>NIK may contain digits only (found: {found}).</source>
            <comment>nik.digits</comment>
            <translation>NIK hanya boleh berisi angka (ditemukan: {found}).</translation>
        </message>
        <message>
            <source>NIK must be 16 digits (got {length}).</source>
            <comment>nik.length</comment>
            <translation>NIK harus 16 digit angka (tertulis {length} digit).</translation>
        </message>
        <message>
            <source>NIK looks wrong: the first two digits ({province}) are not a province code ({min}-{max}).</source>
            <comment>nik.province</comment>
            <translation>NIK tidak wajar: dua digit pertama ({province}) bukan kode provinsi (seharusnya {min}–{max}).</translation>
        </message>
        <message>
            <source>NIK looks wrong: digits 7-12 ({part}) are not a real birth date (DDMMYY; women have 40 added to the day).</source>
            <comment>nik.birthdate</comment>
            <translation>NIK tidak wajar: digit ke-7 sampai ke-12 ({part}) bukan tanggal lahir yang ada (format TTBBTT; untuk perempuan tanggal ditambah 40).</translation>
        </message>
        <message>
            <source>{Field} may contain only digits, spaces, dashes, dots and a leading +. Examples: 0812-3456-7890, +62 812 3456 7890 or 0921-312 1234.</source>
            <comment>phone.characters</comment>
            <translation>{Field} hanya boleh berisi angka, spasi, tanda hubung, titik dan awalan +. Contoh: 0812-3456-7890, +62 812 3456 7890 atau 0921-312 1234.</translation>
        </message>
        <message>
            <source>{Field} must be an Indonesian number (+62). Examples: 0812-3456-7890, +62 812 3456 7890 or 0921-312 1234.</source>
            <comment>phone.foreign</comment>
            <translation>{Field} harus nomor Indonesia (awalan +62). Contoh: 0812-3456-7890, +62 812 3456 7890 atau 0921-312 1234.</translation>
        </message>
        <message>
            <source>{Field} must start with 0, 62 or +62 (such as 08... or 0921...). Examples: 0812-3456-7890, +62 812 3456 7890 or 0921-312 1234.</source>
            <comment>phone.prefix</comment>
            <translation>{Field} harus diawali 0, 62 atau +62 (misalnya 08… atau 0921…). Contoh: 0812-3456-7890, +62 812 3456 7890 atau 0921-312 1234.</translation>
        </message>
        <message>
            <source>{Field} is too short. Examples: 0812-3456-7890, +62 812 3456 7890 or 0921-312 1234.</source>
            <comment>phone.too_short</comment>
            <translation>{Field} terlalu pendek. Contoh: 0812-3456-7890, +62 812 3456 7890 atau 0921-312 1234.</translation>
        </message>
        <message>
            <source>{Field} is too long. Examples: 0812-3456-7890, +62 812 3456 7890 or 0921-312 1234.</source>
            <comment>phone.too_long</comment>
            <translation>{Field} terlalu panjang. Contoh: 0812-3456-7890, +62 812 3456 7890 atau 0921-312 1234.</translation>
        </message>
        <message>
            <source>{Field} is too long: at most {max} characters.</source>
            <comment>email.too_long</comment>
            <translation>{Field} terlalu panjang: maksimal {max} karakter.</translation>
        </message>
        <message>
            <source>The {field} address is not valid. Example: name@example.go.id.</source>
            <comment>email.format</comment>
            <translation>Alamat {field} tidak sah. Contoh yang benar: nama@contoh.go.id.</translation>
        </message>
        <message>
            <source>Unknown classification “{value}”. Accepted (any case): {choices}.</source>
            <comment>classification.unknown</comment>
            <translation>Klasifikasi laporan tidak dikenal: “{value}”. Yang diterima (huruf besar atau kecil sama saja): {choices}.</translation>
        </message>
        <message>
            <source>{label} (code {code})</source>
            <comment>classification.choice</comment>
            <translation>{label} (kode {code})</translation>
        </message>
        <message>
            <source>Unknown channel “{value}”. Accepted (name or code, any case): {choices}.</source>
            <comment>channel.unknown</comment>
            <translation>Sumber laporan tidak dikenal: “{value}”. Yang diterima (nama atau kode, huruf besar atau kecil sama saja): {choices}.</translation>
        </message>
        <message>
            <source>Category must be a LAPOR! category number (a whole number), not “{given}”.</source>
            <comment>category.not_a_number</comment>
            <translation>Kategori harus berupa nomor kategori LAPOR! (bilangan bulat), bukan “{given}”.</translation>
        </message>
        <message>
            <source>Category {value} is not in the LAPOR! category list.</source>
            <comment>category.unknown</comment>
            <translation>Kategori nomor {value} tidak ada dalam daftar kategori LAPOR!.</translation>
        </message>
        <message>
            <source>Incident date must be a real date written YYYY-MM-DD (such as 2026-03-17), not “{value}”.</source>
            <comment>date.format</comment>
            <translation>Tanggal kejadian harus berupa tanggal yang ada, ditulis TTTT-BB-HH (misalnya 2026-03-17), bukan “{value}”.</translation>
        </message>
        <message>
            <source>Incident date ({value}) cannot be after today ({today}).</source>
            <comment>date.future</comment>
            <translation>Tanggal kejadian ({value}) tidak boleh sesudah hari ini ({today}).</translation>
        </message>
        <message>
            <source>The reporter's name is required. Only anonymous complaints may leave it empty: tick “Anonymous” if the reporter does not want to be named.</source>
            <comment>reporter.name_required</comment>
            <translation>Nama pelapor wajib diisi. Hanya laporan anonim yang boleh tanpa nama: tandai “Anonim” bila pelapor tidak ingin namanya diketahui.</translation>
        </message>
        <message>
            <source>Field “{name}” cannot be edited (unknown field).</source>
            <comment>edit.unknown_field</comment>
            <translation>Isian “{name}” tidak dapat diubah (tidak dikenal).</translation>
        </message>
        <message>
            <source>A LAPOR! Tracking ID has 5 to 12 digits (for example 7012345).</source>
            <comment>edit.bad_national_id</comment>
            <translation>Tracking ID LAPOR! terdiri dari 5 sampai 12 angka (misalnya 7012345).</translation>
        </message>
        <message>
            <source>Choose the classification before verifying.</source>
            <comment>verify.classification_required</comment>
            <translation>Klasifikasi laporan wajib dipilih sebelum verifikasi.</translation>
        </message>
        <message>
            <source>Choose the category before verifying.</source>
            <comment>verify.category_required</comment>
            <translation>Kategori wajib dipilih sebelum verifikasi.</translation>
        </message>
        <message>
            <source>Give the reason for closing: the agency has not followed this complaint up.</source>
            <comment>close.note_required</comment>
            <translation>Alasan penutupan wajib diisi: laporan ini belum ditindaklanjuti instansi.</translation>
        </message>
        <message>
            <source>Give the reason for lifting Anonymous (the reporter's identity becomes visible).</source>
            <comment>flags.lift_anonymous_reason</comment>
            <translation>Alasan membuka identitas pelapor (mencabut Anonim) wajib diisi.</translation>
        </message>
        <message>
            <source>Give the reason for changing Confidential.</source>
            <comment>flags.confidential_reason</comment>
            <translation>Alasan mengubah Rahasia wajib diisi.</translation>
        </message>
        <message>
            <source>Attachment file not found: {filename}</source>
            <comment>attachment.file_missing</comment>
            <translation>Berkas lampiran tidak ditemukan: {filename}</translation>
        </message>
        <message>
            <source>Attachment {filename} is a link (symlink) to another file, not a regular file; choose the file itself.</source>
            <comment>attachment.file_symlink</comment>
            <translation>Lampiran {filename} adalah tautan (symlink) ke berkas lain, bukan berkas biasa; pilih berkas aslinya.</translation>
        </message>
        <message>
            <source>Attachment {filename} is not a regular file (a folder, device or pipe).</source>
            <comment>attachment.file_special</comment>
            <translation>Lampiran {filename} bukan berkas biasa (folder, perangkat atau pipa).</translation>
        </message>
        <message>
            <source>Attachment {filename} cannot be read.</source>
            <comment>attachment.file_unreadable</comment>
            <translation>Lampiran {filename} tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>File type of {filename} is not supported: its content is not a photo or PDF ({kinds}).</source>
            <comment>attachment.file_type</comment>
            <translation>Jenis berkas {filename} tidak didukung: isinya bukan foto atau PDF ({kinds}).</translation>
        </message>
        <message>
            <source>Attachment {filename} is too large ({mb} MB; at most {max_mb} MB).</source>
            <comment>attachment.file_too_large</comment>
            <translation>Lampiran {filename} terlalu besar ({mb} MB; paling besar {max_mb} MB).</translation>
        </message>
        <message>
            <source>Login is 2-32 characters: lower-case letters, digits, dot, underscore or dash.</source>
            <comment>account.login_format</comment>
            <translation>Nama login 2-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.</translation>
        </message>
        <message>
            <source>Name is at most {max} characters.</source>
            <comment>account.name_too_long</comment>
            <translation>Nama paling panjang {max} karakter.</translation>
        </message>
        <message>
            <source>Login {login} is already taken.</source>
            <comment>account.login_taken</comment>
            <translation>Nama login {login} sudah dipakai.</translation>
        </message>
        <message>
            <source>The agency is not in the reference data.</source>
            <comment>account.unknown_agency</comment>
            <translation>Instansi tidak ada di data referensi.</translation>
        </message>
        <message>
            <source>Role must be one of: {roles}.</source>
            <comment>account.unknown_role</comment>
            <translation>Peran harus salah satu dari: {roles}.</translation>
        </message>
        <message>
            <source>A liaison must belong to an agency.</source>
            <comment>account.liaison_agency</comment>
            <translation>Penghubung OPD harus terhubung ke satu instansi.</translation>
        </message>
        <message>
            <source>Password must be at least {min} characters.</source>
            <comment>password.too_short</comment>
            <translation>Kata sandi paling sedikit {min} karakter.</translation>
        </message>
        <message>
            <source>Password is at most {max} characters.</source>
            <comment>password.too_long</comment>
            <translation>Kata sandi paling panjang {max} karakter.</translation>
        </message>
        <message>
            <source>Unknown language.</source>
            <comment>settings.unknown_language</comment>
            <translation>Bahasa tidak dikenal.</translation>
        </message>
        <message>
            <source>Must be yes or no.</source>
            <comment>settings.not_bool</comment>
            <translation>Pilihan harus ya atau tidak.</translation>
        </message>
        <message>
            <source>{Field} must be between {min} and {max}.</source>
            <comment>settings.out_of_range</comment>
            <translation>{Field} harus antara {min} dan {max}.</translation>
        </message>
        <message>
            <source>The CA bundle file was not found.</source>
            <comment>settings.ca_bundle_missing</comment>
            <translation>Berkas CA tidak ditemukan.</translation>
        </message>
        <message>
            <source>Office code must be 2-12 capital letters or digits, no spaces.</source>
            <comment>office.code_format</comment>
            <translation>Kode kantor harus 2-12 huruf besar atau angka, tanpa spasi.</translation>
        </message>
        <message>
            <source>Office name is required.</source>
            <comment>office.name_required</comment>
            <translation>Nama kantor wajib diisi.</translation>
        </message>
        <message>
            <source>Desk code must be 2-6 capital letters or digits.</source>
            <comment>office.desk_code_format</comment>
            <translation>Kode meja harus 2-6 huruf besar atau angka.</translation>
        </message>
        <message>
            <source>Unknown time zone.</source>
            <comment>office.unknown_timezone</comment>
            <translation>Zona waktu tidak dikenal.</translation>
        </message>
        <message>
            <source>The reference file {file} cannot be read: {reason}</source>
            <comment>office.reference_unreadable</comment>
            <translation>Berkas referensi {file} tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>... and {more} more</source>
            <comment>reference.more</comment>
            <translation>... dan {more} masalah lain</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <comment>form.passwords_differ</comment>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
        <message>
            <source>The hub address starts with https://</source>
            <comment>form.hub_url_https</comment>
            <translation>Alamat hub diawali https://</translation>
        </message>
        <message>
            <source>Enter the enrolment code from the hub administrator.</source>
            <comment>form.hub_code_required</comment>
            <translation>Masukkan kode pendaftaran dari admin hub.</translation>
        </message>
        <message>
            <source>Tick this box to confirm.</source>
            <comment>form.confirm_required</comment>
            <translation>Centang kotak ini untuk memastikan.</translation>
        </message>
        <message>
            <source>Choose a category from the list, or leave it empty.</source>
            <comment>form.category_not_in_list</comment>
            <translation>Pilih kategori dari daftar, atau kosongkan.</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}.</source>
            <comment>import.unreadable</comment>
            <translation>Berkas tidak dapat dibaca: {reason}.</translation>
        </message>
        <message>
            <source>This file is not a LAPOR! export (neither XLSX nor CSV).</source>
            <comment>import.not_export</comment>
            <translation>Berkas ini bukan ekspor LAPOR! (bukan XLSX atau CSV).</translation>
        </message>
        <message>
            <source>This file is not a LAPOR! export (neither XLSX nor UTF-8 CSV).</source>
            <comment>import.not_export_utf8</comment>
            <translation>Berkas ini bukan ekspor LAPOR! (bukan XLSX atau CSV UTF-8).</translation>
        </message>
        <message>
            <source>The XLSX file is damaged or cannot be read ({reason}).</source>
            <comment>import.bad_xlsx</comment>
            <translation>Berkas XLSX rusak atau tidak dapat dibaca ({reason}).</translation>
        </message>
        <message>
            <source>This file is not a LAPOR! v4 export: missing columns: {columns}.</source>
            <comment>import.missing_columns</comment>
            <translation>Berkas ini bukan ekspor LAPOR! v4: kolom tidak ada: {columns}.</translation>
        </message>
        <message>
            <source>Unknown export format: {format}. Choose one of: {formats}.</source>
            <comment>export.unknown_format</comment>
            <translation>Format ekspor tidak dikenal: {format}. Pilihan: {formats}.</translation>
        </message>
        <message>
            <source>This file is not the paper-form template (XLSX).</source>
            <comment>paper_form.bad_xlsx</comment>
            <translation>Berkas ini bukan templat formulir kertas (XLSX).</translation>
        </message>
        <message>
            <source>This file is not the paper-form template: missing columns: {columns}.</source>
            <comment>paper_form.missing_columns</comment>
            <translation>Berkas ini bukan templat formulir kertas: kolom tidak ada: {columns}.</translation>
        </message>
        <message>
            <source>LAPOR! Tracking ID {national_id} already belongs to another complaint here.</source>
            <comment>rekey.national_id_taken</comment>
            <translation>Tracking ID LAPOR! {national_id} sudah dipakai laporan lain di kantor ini.</translation>
        </message>
        <message>
            <source>Reference file unreadable: {reason}</source>
            <comment>closures.reference_unreadable</comment>
            <translation>Berkas referensi tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>Date must look like YYYY-MM-DD.</source>
            <comment>closures.date_format</comment>
            <translation>Tanggal harus berbentuk TTTT-BB-HH.</translation>
        </message>
        <message>
            <source>The second backup folder must be a full path, e.g. E:\LAPOR-backups.</source>
            <comment>backup.second_relative</comment>
            <translation>Folder cadangan kedua harus ditulis lengkap, mis. E:\LAPOR-cadangan.</translation>
        </message>
        <message>
            <source>The second backup folder must be elsewhere (e.g. a USB drive), not in the first backup folder.</source>
            <comment>backup.second_same_as_first</comment>
            <translation>Folder cadangan kedua harus di tempat lain (mis. drive USB), bukan di folder cadangan pertama.</translation>
        </message>
        <message>
            <source>The backup age limit must be {min} to {max} hours.</source>
            <comment>backup.warn_hours_range</comment>
            <translation>Batas umur cadangan harus {min} sampai {max} jam.</translation>
        </message>
        <message>
            <source>'{value}' is not a YYYY-MM-DD date.</source>
            <comment>cli.bad_date</comment>
            <translation>'{value}' bukan tanggal YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>'{value}' is not a YYYY-MM month.</source>
            <comment>cli.bad_month</comment>
            <translation>'{value}' bukan bulan YYYY-MM.</translation>
        </message>
        <message>
            <source>intake_id must be text of 1-100 characters.</source>
            <comment>intake.intake_id_format</comment>
            <translation>intake_id harus teks 1-100 karakter.</translation>
        </message>
        <message>
            <source>The line is not valid JSON: {reason}</source>
            <comment>intake.json</comment>
            <translation>Baris bukan JSON yang sah: {reason}</translation>
        </message>
        <message>
            <source>The line is not UTF-8 text (byte {byte}); save the file as UTF-8.</source>
            <comment>intake.encoding</comment>
            <translation>Baris bukan teks UTF-8 (bita ke-{byte}); simpan berkas sebagai UTF-8.</translation>
        </message>
        <message>
            <source>The line is nested too deep (more than {max} levels of objects/lists inside each other).</source>
            <comment>intake.too_deep</comment>
            <translation>Baris bersarang terlalu dalam (lebih dari {max} tingkat objek/daftar di dalam satu sama lain).</translation>
        </message>
        <message>
            <source>Each line must be a JSON object.</source>
            <comment>intake.not_object</comment>
            <translation>Setiap baris harus berupa objek JSON.</translation>
        </message>
        <message>
            <source>Attachments must be a list of file paths.</source>
            <comment>intake.attachments_not_list</comment>
            <translation>Lampiran harus berupa daftar path berkas.</translation>
        </message>
        <message>
            <source>An attachment path must be text.</source>
            <comment>intake.attachment_not_text</comment>
            <translation>Path lampiran harus teks.</translation>
        </message>
        <message>
            <source>The office address is at most {max} characters.</source>
            <comment>contact.address_too_long</comment>
            <translation>Alamat kantor paling panjang {max} karakter.</translation>
        </message>
        <message>
            <source>The status page address must be a full web address, such as https://lapor.yourcity.go.id/status.</source>
            <comment>contact.url_format</comment>
            <translation>Alamat halaman status harus alamat web lengkap, misalnya https://lapor.kotaanda.go.id/status.</translation>
        </message>
        <message>
            <source>The reason is required.</source>
            <comment>reason.required</comment>
            <translation>Alasan wajib diisi.</translation>
        </message>
        <message>
            <source>The reason needs at least {min} characters: say why the identity is needed.</source>
            <comment>reason.too_short</comment>
            <translation>Alasan paling sedikit {min} karakter: tulis mengapa identitas perlu dilihat.</translation>
        </message>
        <message>
            <source>The reason is at most {max} characters.</source>
            <comment>reason.too_long</comment>
            <translation>Alasan paling panjang {max} karakter.</translation>
        </message>
        <message>
            <source>The reason must not hold a NIK or a phone number (it is kept in the audit trail).</source>
            <comment>reason.nik_or_phone</comment>
            <translation>Alasan tidak boleh memuat NIK atau nomor telepon (disimpan di jejak audit).</translation>
        </message>
        <message>
            <source>The reason must not hold the reporter's name (it is kept in the audit trail).</source>
            <comment>reason.reporter_name</comment>
            <translation>Alasan tidak boleh memuat nama pelapor (disimpan di jejak audit).</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>input.note</comment>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Requested information</source>
            <comment>input.requested_info</comment>
            <translation>Informasi yang diminta</translation>
        </message>
        <message>
            <source>Forwarding note</source>
            <comment>input.forward_note</comment>
            <translation>Catatan disposisi</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>input.decline_reason</comment>
            <translation>Alasan bukan wewenang</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <comment>input.follow_up</comment>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Reporter's reply</source>
            <comment>input.reply</comment>
            <translation>Tanggapan pelapor</translation>
        </message>
        <message>
            <source>Closing note</source>
            <comment>input.closing_note</comment>
            <translation>Catatan penutupan</translation>
        </message>
        <message>
            <source>Archive reason</source>
            <comment>input.archive_reason</comment>
            <translation>Alasan arsip</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <comment>input.reopen_reason</comment>
            <translation>Alasan membuka kembali</translation>
        </message>
        <message>
            <source>Internal note</source>
            <comment>input.comment</comment>
            <translation>Catatan internal</translation>
        </message>
        <message>
            <source>Reason</source>
            <comment>input.reason</comment>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <comment>action.required</comment>
            <translation>{label} wajib diisi.</translation>
        </message>
        <message>
            <source>{label} must be text.</source>
            <comment>action.not_text</comment>
            <translation>{label} harus berupa teks.</translation>
        </message>
        <message>
            <source>{label} is at most {max} characters.</source>
            <comment>action.too_long</comment>
            <translation>{label} paling panjang {max} karakter.</translation>
        </message>
        <message>
            <source>Choose the category from the list.</source>
            <comment>action.choose_category</comment>
            <translation>Pilih kategori dari daftar.</translation>
        </message>
        <message>
            <source>Choose the receiving agency from the list.</source>
            <comment>action.choose_agency</comment>
            <translation>Pilih instansi tujuan dari daftar.</translation>
        </message>
        <message>
            <source>Must be yes or no.</source>
            <comment>action.not_bool</comment>
            <translation>Pilihan harus ya atau tidak.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <comment>action.nothing_changed</comment>
            <translation>Tidak ada perubahan.</translation>
        </message>
        <message>
            <source>No field changed.</source>
            <comment>action.no_field_changed</comment>
            <translation>Tidak ada isian yang diubah.</translation>
        </message>
        <message>
            <source>Unknown category.</source>
            <comment>action.unknown_category</comment>
            <translation>Kategori tidak dikenal.</translation>
        </message>
        <message>
            <source>Choose a file.</source>
            <comment>action.choose_file</comment>
            <translation>Pilih berkas lampiran.</translation>
        </message>
        <message>
            <source>The note is required.</source>
            <comment>note.required</comment>
            <translation>Keterangan wajib diisi.</translation>
        </message>
        <message>
            <source>The note is at most {max} characters.</source>
            <comment>note.too_long</comment>
            <translation>Keterangan paling panjang {max} karakter.</translation>
        </message>
        <message>
            <source>Entry #{seq} was changed: its content does not match its hash.</source>
            <comment>audit.edited</comment>
            <translation>Catatan #{seq} telah diubah: isinya tidak cocok dengan hash-nya.</translation>
        </message>
        <message>
            <source>Entry #{seq} is out of order: it links to entry #{linked}, which comes after it.</source>
            <comment>audit.reordered_later</comment>
            <translation>Catatan #{seq} tidak pada urutannya: ia menyambung ke catatan #{linked} yang datang sesudahnya.</translation>
        </message>
        <message>
            <source>Entry #{seq} links to entry #{linked}, not to the entry just before it.</source>
            <comment>audit.reordered</comment>
            <translation>Catatan #{seq} menyambung ke catatan #{linked}, bukan ke catatan tepat sebelumnya.</translation>
        </message>
        <message>
            <source>An entry before entry #{seq} is missing (deleted).</source>
            <comment>audit.missing</comment>
            <translation>Sebelum catatan #{seq} ada catatan yang hilang (dihapus).</translation>
        </message>
        <message>
            <source>The newest entries after #{last} are missing: {written} were written, {left} are left.</source>
            <comment>audit.tail_missing</comment>
            <translation>Catatan terbaru sesudah #{last} hilang: tercatat {written}, tersisa {left}.</translation>
        </message>
        <message>
            <source>Complaint with supervisory content</source>
            <comment>classification.berkadar_pengawasan</comment>
            <translation>Pengaduan Berkadar Pengawasan</translation>
        </message>
        <message>
            <source>Complaint without supervisory content</source>
            <comment>classification.tidak_berkadar_pengawasan</comment>
            <translation>Pengaduan Tidak Berkadar Pengawasan</translation>
        </message>
        <message>
            <source>Request for information</source>
            <comment>classification.permintaan_informasi</comment>
            <translation>Permintaan Informasi</translation>
        </message>
        <message>
            <source>Aspiration</source>
            <comment>classification.aspirasi</comment>
            <translation>Aspirasi</translation>
        </message>
        <message>
            <source>The hub could not be reached (link down or hub off). Will retry.</source>
            <comment>sync.unreachable</comment>
            <translation>Hub tidak dapat dihubungi (jaringan putus atau hub mati). Akan dicoba lagi.</translation>
        </message>
        <message>
            <source>The hub's certificate could not be verified. Check the hub address or the CA bundle.</source>
            <comment>sync.tls_error</comment>
            <translation>Sertifikat hub tidak dapat diverifikasi. Periksa alamat hub atau berkas CA di Pengaturan.</translation>
        </message>
        <message>
            <source>The hub refused this device's token (revoked?). Enrol the desk again.</source>
            <comment>sync.auth_refused</comment>
            <translation>Hub menolak token perangkat ini (dicabut?). Daftarkan ulang meja di Pengaturan.</translation>
        </message>
        <message>
            <source>The hub is busy; sync postponed.</source>
            <comment>sync.rate_limited</comment>
            <translation>Hub sedang sibuk; sinkronisasi ditunda.</translation>
        </message>
        <message>
            <source>The hub failed; will retry.</source>
            <comment>sync.server_error</comment>
            <translation>Hub mengalami gangguan; akan dicoba lagi.</translation>
        </message>
        <message>
            <source>A batch was too large for the hub.</source>
            <comment>sync.too_large</comment>
            <translation>Paket data terlalu besar untuk hub.</translation>
        </message>
        <message>
            <source>Sync cancelled.</source>
            <comment>sync.cancelled</comment>
            <translation>Sinkronisasi dibatalkan.</translation>
        </message>
        <message>
            <source>This desk is not enrolled with a hub. Enrol it in Settings.</source>
            <comment>sync.not_enrolled</comment>
            <translation>Meja ini belum terdaftar pada hub. Daftarkan di Pengaturan.</translation>
        </message>
        <message>
            <source>An error in the desk program; see the log.</source>
            <comment>sync.internal</comment>
            <translation>Kesalahan di program meja; lihat log.</translation>
        </message>
        <message>
            <source>The hub answered without results.</source>
            <comment>sync.no_progress</comment>
            <translation>Hub menjawab tanpa hasil; hubungi admin hub.</translation>
        </message>
        <message>
            <source>This desk's or office's storage on the hub is full. Ask the hub admin.</source>
            <comment>sync.quota_exceeded</comment>
            <translation>Ruang penyimpanan meja atau kantor ini di hub sudah penuh. Hubungi admin hub.</translation>
        </message>
        <message>
            <source>Error: {code}</source>
            <comment>sync.unknown_code</comment>
            <translation>Kesalahan: {code}</translation>
        </message>
        <message>
            <source>The event id was used with another body.</source>
            <comment>reject.id_conflict</comment>
            <translation>Nomor kejadian sudah dipakai dengan isi lain.</translation>
        </message>
        <message>
            <source>The hub does not know this complaint.</source>
            <comment>reject.unknown_complaint</comment>
            <translation>Hub tidak mengenal pengaduan ini.</translation>
        </message>
        <message>
            <source>Another office's complaint, or an action not allowed.</source>
            <comment>reject.forbidden</comment>
            <translation>Pengaduan milik kantor lain, atau tindakan tidak diizinkan.</translation>
        </message>
        <message>
            <source>The hub found the event's data invalid.</source>
            <comment>reject.malformed</comment>
            <translation>Isi kejadian tidak sah menurut hub.</translation>
        </message>
        <message>
            <source>The event's clock is too far ahead of the hub's. Check the computer's date and time.</source>
            <comment>reject.hlc_ahead</comment>
            <translation>Jam kejadian terlalu jauh di depan jam hub. Periksa tanggal dan jam komputer.</translation>
        </message>
        <message>
            <source>The staff member who recorded this event is not an account of this office on the hub. An admin can add the account in Settings › Staff.</source>
            <comment>reject.actor_unknown</comment>
            <translation>Petugas yang mencatat kejadian ini bukan akun kantor ini di hub. Admin dapat menambahkan akunnya di Pengaturan › Petugas.</translation>
        </message>
        <message>
            <source>The account that recorded this event was disabled when it was recorded.</source>
            <comment>reject.actor_disabled</comment>
            <translation>Akun petugas yang mencatat kejadian ini sudah dinonaktifkan saat kejadian dicatat.</translation>
        </message>
        <message>
            <source>The role of the account that recorded this event may not take this action.</source>
            <comment>reject.actor_not_allowed</comment>
            <translation>Peran petugas yang mencatat kejadian ini tidak boleh melakukan tindakan ini.</translation>
        </message>
        <message>
            <source>The office already has an account with this login; the office's account applies on this desk after the sync.</source>
            <comment>reject.account_exists</comment>
            <translation>Kantor ini sudah punya akun dengan nama login ini; akun kantor yang berlaku di meja ini setelah sinkronisasi.</translation>
        </message>
        <message>
            <source>This computer's event history was changed or deleted after it was recorded. The hub noted it for the admin; contact the office admin.</source>
            <comment>reject.chain_broken</comment>
            <translation>Riwayat kejadian di komputer ini telah diubah atau dihapus setelah dicatat. Hub mencatatnya untuk admin; hubungi admin kantor.</translation>
        </message>
        <message>
            <source>An event from the hub is dated too far in the future; set aside, not applied.</source>
            <comment>reject.pulled_hlc_ahead</comment>
            <translation>Kejadian dari hub bertanggal terlalu jauh di masa depan; disisihkan, tidak diterapkan.</translation>
        </message>
        <message>
            <source>An event from the hub is invalid; set aside, not applied.</source>
            <comment>reject.pulled_malformed</comment>
            <translation>Kejadian dari hub tidak sah; disisihkan, tidak diterapkan.</translation>
        </message>
        <message>
            <source>COMPLAINT RECEIPT</source>
            <comment>receipt.heading</comment>
            <translation>TANDA TERIMA PENGADUAN</translation>
        </message>
        <message>
            <source>REPRINT</source>
            <comment>receipt.reprint</comment>
            <translation>CETAK ULANG</translation>
        </message>
        <message>
            <source>SP4N-LAPOR! — national public-service complaint system</source>
            <comment>receipt.sub</comment>
            <translation>SP4N-LAPOR! — Layanan Aspirasi dan Pengaduan Online Rakyat</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <comment>receipt.receipt</comment>
            <translation>Nomor tanda terima</translation>
        </message>
        <message>
            <source>Received</source>
            <comment>receipt.received</comment>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Title</source>
            <comment>receipt.title</comment>
            <translation>Judul laporan</translation>
        </message>
        <message>
            <source>Classification</source>
            <comment>receipt.classification</comment>
            <translation>Klasifikasi</translation>
        </message>
        <message>
            <source>Not yet set (decided at verification)</source>
            <comment>receipt.unclassified</comment>
            <translation>Belum ditentukan (ditetapkan saat verifikasi)</translation>
        </message>
        <message>
            <source>Channel</source>
            <comment>receipt.channel</comment>
            <translation>Sumber laporan</translation>
        </message>
        <message>
            <source>Reporter</source>
            <comment>receipt.reporter</comment>
            <translation>Pelapor</translation>
        </message>
        <message>
            <source>Anonymous — no reporter identity shown</source>
            <comment>receipt.anonymous_reporter</comment>
            <translation>Anonim — identitas pelapor tidak dicantumkan</translation>
        </message>
        <message>
            <source>Privacy</source>
            <comment>receipt.privacy</comment>
            <translation>Kerahasiaan</translation>
        </message>
        <message>
            <source>Anonymous (reporter identity withheld)</source>
            <comment>receipt.anon</comment>
            <translation>Anonim (identitas pelapor dirahasiakan)</translation>
        </message>
        <message>
            <source>Confidential (the complaint is not published)</source>
            <comment>receipt.conf</comment>
            <translation>Rahasia (isi laporan tidak dipublikasikan)</translation>
        </message>
        <message>
            <source>Public (the complaint may be published)</source>
            <comment>receipt.public</comment>
            <translation>Terbuka (laporan dapat dipublikasikan)</translation>
        </message>
        <message>
            <source>Status when printed</source>
            <comment>receipt.status</comment>
            <translation>Status saat dicetak</translation>
        </message>
        <message>
            <source>To be verified by</source>
            <comment>receipt.deadline</comment>
            <translation>Diverifikasi paling lambat</translation>
        </message>
        <message>
            <source>{n} working days from receipt</source>
            <comment>receipt.deadline_note</comment>
            <translation>{n} hari kerja sejak laporan diterima</translation>
        </message>
        <message>
            <source>Tracking number (from the office hub)</source>
            <comment>receipt.tracking</comment>
            <translation>Nomor pelacakan (dari hub kantor)</translation>
        </message>
        <message>
            <source>LAPOR! Tracking ID (national)</source>
            <comment>receipt.national</comment>
            <translation>Tracking ID LAPOR! (nasional)</translation>
        </message>
        <message>
            <source>How to ask about this complaint</source>
            <comment>receipt.follow</comment>
            <translation>Cara menanyakan perkembangan laporan</translation>
        </message>
        <message>
            <source>Keep this receipt and quote the receipt number {receipt}</source>
            <comment>receipt.follow_intro</comment>
            <translation>Simpan tanda terima ini dan sebutkan nomor tanda terima {receipt}</translation>
        </message>
        <message>
            <source> or the tracking number {tid}</source>
            <comment>receipt.follow_intro_tid</comment>
            <translation> atau nomor pelacakan {tid}</translation>
        </message>
        <message>
            <source>come to {office}, {address}</source>
            <comment>receipt.follow_visit_addr</comment>
            <translation>datang ke {office}, {address}</translation>
        </message>
        <message>
            <source>come to the desk of {office}</source>
            <comment>receipt.follow_visit</comment>
            <translation>datang ke loket {office}</translation>
        </message>
        <message>
            <source>call {phone}</source>
            <comment>receipt.follow_phone</comment>
            <translation>telepon {phone}</translation>
        </message>
        <message>
            <source>WhatsApp {wa}</source>
            <comment>receipt.follow_wa</comment>
            <translation>WhatsApp {wa}</translation>
        </message>
        <message>
            <source>see the complaint's status at {url}</source>
            <comment>receipt.follow_status</comment>
            <translation>lihat status laporan di {url}</translation>
        </message>
        <message>
            <source>Received by</source>
            <comment>receipt.officer</comment>
            <translation>Diterima oleh petugas</translation>
        </message>
        <message>
            <source>Reprinted by</source>
            <comment>receipt.reprinted_by</comment>
            <translation>Dicetak ulang oleh</translation>
        </message>
        <message>
            <source>This receipt does not mean the complaint has been verified.</source>
            <comment>receipt.footer</comment>
            <translation>Tanda terima ini bukan bukti bahwa pengaduan telah diverifikasi.</translation>
        </message>
        <message>
            <source>There is no active staff account with that login (the --as option).</source>
            <comment>error.unknown_user</comment>
            <translation>Tidak ada akun petugas aktif dengan nama login itu (pilihan --as).</translation>
        </message>
        <message>
            <source>Only a system admin may do this. Nothing was changed.</source>
            <comment>error.admin_only</comment>
            <translation>Hanya admin sistem yang boleh melakukan ini. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Your role may not do this. Nothing was changed.</source>
            <comment>error.permission_denied</comment>
            <translation>Peran Anda tidak boleh melakukan ini. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>You cannot take the admin role from your own account.</source>
            <comment>error.cannot_demote_self</comment>
            <translation>Anda tidak dapat mencabut peran admin dari akun Anda sendiri.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <comment>error.cannot_disable_self</comment>
            <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
        </message>
        <message>
            <source>There is no staff account with that login.</source>
            <comment>error.user_not_found</comment>
            <translation>Tidak ada akun petugas dengan nama login itu.</translation>
        </message>
        <message>
            <source>The login or the password is wrong.</source>
            <comment>error.auth_failed</comment>
            <translation>Nama login atau kata sandi salah.</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <comment>error.account_disabled</comment>
            <translation>Akun ini dinonaktifkan.</translation>
        </message>
        <message>
            <source>You are no longer signed in. Nothing was changed; sign in again.</source>
            <comment>error.session_required</comment>
            <translation>Anda tidak lagi masuk. Tidak ada yang diubah; silakan masuk lagi.</translation>
        </message>
        <message>
            <source>This complaint was not forwarded to your agency, so you cannot act on it.</source>
            <comment>error.not_your_agency</comment>
            <translation>Pengaduan ini tidak diteruskan ke instansi Anda, jadi Anda tidak dapat menindaklanjutinya.</translation>
        </message>
        <message>
            <source>There is no such complaint on this desk.</source>
            <comment>error.complaint_not_found</comment>
            <translation>Pengaduan itu tidak ada di meja ini.</translation>
        </message>
        <message>
            <source>No complaint has that receipt number.</source>
            <comment>error.receipt_not_found</comment>
            <translation>Tidak ada pengaduan dengan nomor tanda terima itu.</translation>
        </message>
        <message>
            <source>Nothing is hidden on this complaint.</source>
            <comment>error.not_anonymous</comment>
            <translation>Tidak ada identitas yang disembunyikan pada pengaduan ini.</translation>
        </message>
        <message>
            <source>This action is not possible in the complaint's current status. Nothing was changed.</source>
            <comment>error.invalid_action</comment>
            <translation>Tindakan ini tidak dapat dilakukan pada status pengaduan saat ini. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>There is no usable backup in {folder}.</source>
            <comment>error.no_backup</comment>
            <translation>Tidak ada salinan cadangan yang dapat dipakai di {folder}.</translation>
        </message>
        <message>
            <source>The hub address must start with https://.</source>
            <comment>error.hub_url_invalid</comment>
            <translation>Alamat hub harus diawali https://.</translation>
        </message>
        <message>
            <source>The hub answered with another device id. Nothing was changed; tell the administrator.</source>
            <comment>error.device_id_mismatch</comment>
            <translation>Hub menjawab dengan ID perangkat lain. Tidak ada yang diubah; beri tahu administrator.</translation>
        </message>
        <message>
            <source>This desk already holds complaints of its office, so its office cannot be changed.</source>
            <comment>error.office_change_refused</comment>
            <translation>Meja ini sudah menyimpan pengaduan kantornya, jadi kantornya tidak dapat diganti.</translation>
        </message>
        <message>
            <source>{where}: is required</source>
            <comment>reference.required</comment>
            <translation>{where}: wajib ada</translation>
        </message>
        <message>
            <source>{where}: must be a whole number (got {value})</source>
            <comment>reference.not_integer</comment>
            <translation>{where}: harus bilangan bulat (isinya {value})</translation>
        </message>
        <message>
            <source>{where}: must be text (got {value})</source>
            <comment>reference.not_text</comment>
            <translation>{where}: harus berupa teks (isinya {value})</translation>
        </message>
        <message>
            <source>{where}: is too long (at most {max} characters)</source>
            <comment>reference.too_long</comment>
            <translation>{where}: terlalu panjang (paling banyak {max} karakter)</translation>
        </message>
        <message>
            <source>{where}: must not be empty</source>
            <comment>reference.empty</comment>
            <translation>{where}: tidak boleh kosong</translation>
        </message>
        <message>
            <source>{where}: has too many rows (at most {max})</source>
            <comment>reference.too_many</comment>
            <translation>{where}: terlalu banyak baris (paling banyak {max})</translation>
        </message>
        <message>
            <source>{where}: must be a list</source>
            <comment>reference.not_list</comment>
            <translation>{where}: harus berupa daftar</translation>
        </message>
        <message>
            <source>{where}: must be an object</source>
            <comment>reference.not_object</comment>
            <translation>{where}: harus berupa objek</translation>
        </message>
        <message>
            <source>{where}: {value} is not one of the known values ({levels})</source>
            <comment>reference.unknown_value</comment>
            <translation>{where}: {value} bukan salah satu nilai yang dikenal ({levels})</translation>
        </message>
        <message>
            <source>{where}: {value} has the wrong form (letters, digits, '.', '_' or '-'; dates YYYY-MM-DD)</source>
            <comment>reference.bad_format</comment>
            <translation>{where}: bentuk {value} salah (huruf, angka, '.', '_' atau '-'; tanggal TTTT-BB-HH)</translation>
        </message>
        <message>
            <source>{where}: {value} is not a real date (YYYY-MM-DD)</source>
            <comment>reference.not_a_date</comment>
            <translation>{where}: {value} bukan tanggal yang sah (TTTT-BB-HH)</translation>
        </message>
        <message>
            <source>{where}: {value} is outside {first}-{last}</source>
            <comment>reference.date_out_of_range</comment>
            <translation>{where}: {value} di luar tahun {first}-{last}</translation>
        </message>
        <message>
            <source>{where}: {value} is out of range</source>
            <comment>reference.out_of_range</comment>
            <translation>{where}: {value} di luar batas</translation>
        </message>
        <message>
            <source>{where}: is not valid ({detail})</source>
            <comment>reference.invalid</comment>
            <translation>{where}: tidak sah ({detail})</translation>
        </message>
        <message>
            <source>{where}: duplicate {name} {value} (also in row {first})</source>
            <comment>reference.duplicate</comment>
            <translation>{where}: {name} {value} ganda (juga di baris {first})</translation>
        </message>
        <message>
            <source>reference data must be a JSON object</source>
            <comment>reference.file_not_object</comment>
            <translation>data referensi harus berupa objek JSON</translation>
        </message>
        <message>
            <source>the JSON is nested more than {max} levels deep</source>
            <comment>reference.too_deep</comment>
            <translation>JSON bersarang lebih dari {max} tingkat</translation>
        </message>
        <message>
            <source>the file is larger than {mb} MB</source>
            <comment>reference.too_large</comment>
            <translation>berkas lebih besar dari {mb} MB</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text</source>
            <comment>reference.encoding</comment>
            <translation>berkas bukan teks UTF-8</translation>
        </message>
        <message>
            <source>the file is not valid JSON ({detail})</source>
            <comment>reference.json</comment>
            <translation>berkas bukan JSON yang sah ({detail})</translation>
        </message>
        <message>
            <source>'{value}' is not a date (for example 18 Jan 2024).</source>
            <comment>import_row.bad_date</comment>
            <translation>'{value}' bukan tanggal (contoh: 18 Jan 2024).</translation>
        </message>
        <message>
            <source>'{value}' is not a time of day (for example 08:03:57).</source>
            <comment>import_row.bad_time</comment>
            <translation>'{value}' bukan jam (contoh: 08:03:57).</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <comment>import_row.not_number</comment>
            <translation>'{value}' bukan angka.</translation>
        </message>
        <message>
            <source>The Tracking ID is empty.</source>
            <comment>import_row.tracking_required</comment>
            <translation>Tracking ID kosong.</translation>
        </message>
        <message>
            <source>Tracking ID '{value}' is not valid.</source>
            <comment>import_row.bad_tracking</comment>
            <translation>Tracking ID '{value}' tidak sah.</translation>
        </message>
        <message>
            <source>The title is empty.</source>
            <comment>import_row.title_required</comment>
            <translation>Judul laporan kosong.</translation>
        </message>
        <message>
            <source>The file has more than {max} rows: the rest was not read.</source>
            <comment>import_row.too_many_rows</comment>
            <translation>Berkas lebih dari {max} baris: sisanya tidak dibaca.</translation>
        </message>
        <message>
            <source>This complaint is already here as {receipt} (re-keyed into LAPOR! under this Tracking ID); the row was not imported.</source>
            <comment>import_row.rekeyed_here</comment>
            <translation>Laporan ini sudah ada di kantor ini sebagai {receipt} (dimasukkan ke LAPOR! dengan Tracking ID ini); baris tidak diimpor.</translation>
        </message>
        <message>
            <source>This Tracking ID belongs to a complaint recorded at this office; the row was not imported.</source>
            <comment>import_row.recorded_here</comment>
            <translation>Tracking ID ini sudah dipakai laporan yang dicatat di kantor ini; baris tidak diimpor.</translation>
        </message>
        <message>
            <source>row {row} not imported ({column}): {message}</source>
            <comment>import_row.not_imported</comment>
            <translation>baris {row} tidak diimpor ({column}): {message}</translation>
        </message>
        <message>
            <source>Invalid input:</source>
            <comment>cli.invalid_input</comment>
            <translation>Isian tidak sah:</translation>
        </message>
        <message>
            <source>This desk is not set up. Run: lapor-desktop setup --office-code CODE --office-name NAME</source>
            <comment>cli.not_set_up</comment>
            <translation>Meja ini belum disiapkan. Jalankan: lapor-desktop setup --office-code KODE --office-name NAMA</translation>
        </message>
        <message>
            <source>Reference file not found: {file} (looked in {cwd} and the bundled reference data). Nothing was written.</source>
            <comment>cli.reference_not_found</comment>
            <translation>Berkas referensi tidak ditemukan: {file} (dicari dari folder {cwd} dan di data referensi bawaan). Tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>There is no database to back up yet.</source>
            <comment>cli.no_database</comment>
            <translation>Belum ada basis data untuk dicadangkan.</translation>
        </message>
        <message>
            <source>Failed: {text} ({code})</source>
            <comment>cli.failed</comment>
            <translation>Gagal: {text} ({code})</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be written ({reason}). Check the folder's permissions and free disk space, then try again.</source>
            <comment>cli.folder_not_writable</comment>
            <translation>Folder {folder} tidak dapat ditulis ({reason}). Periksa izin folder dan ruang disk, lalu ulangi.</translation>
        </message>
        <message>
            <source>The disk is full: the data folder {folder} cannot be written. Free some disk space (a few hundred MB at least) and try again; nothing was lost.</source>
            <comment>cli.store.disk_full</comment>
            <translation>Disk penuh: folder data {folder} tidak dapat ditulis. Kosongkan ruang disk (minimal beberapa ratus MB) lalu ulangi; tidak ada yang hilang.</translation>
        </message>
        <message>
            <source>The data folder {folder} is read-only; nothing can be saved. Ask the administrator to make it writable; nothing was lost.</source>
            <comment>cli.store.read_only</comment>
            <translation>Folder data {folder} hanya-baca; tidak ada yang dapat disimpan. Minta administrator memberi izin tulis pada folder itu; tidak ada yang hilang.</translation>
        </message>
        <message>
            <source>The database in {folder} is damaged; writing stopped. Run: lapor-desktop doctor, then lapor-desktop restore --latest.</source>
            <comment>cli.store.corrupt</comment>
            <translation>Basis data di {folder} rusak; penulisan dihentikan. Jalankan: lapor-desktop doctor, lalu lapor-desktop restore --latest.</translation>
        </message>
        <message>
            <source>The database in {folder} cannot be opened. Check the folder's permissions.</source>
            <comment>cli.store.cannot_open</comment>
            <translation>Basis data di {folder} tidak dapat dibuka. Periksa izin folder itu.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({detail}). No half-written backup was left.</source>
            <comment>cli.store.backup_copy_failed</comment>
            <translation>Cadangan tidak dapat ditulis ke {folder} ({detail}). Tidak ada berkas cadangan setengah jadi yang tertinggal.</translation>
        </message>
        <message>
            <source>The backup in {folder} failed its check ({detail}) and was not kept.</source>
            <comment>cli.store.backup_verify_failed</comment>
            <translation>Cadangan di {folder} gagal diperiksa ({detail}) dan tidak disimpan.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({detail}).</source>
            <comment>cli.store.backup_write_failed</comment>
            <translation>Cadangan tidak dapat ditulis ke {folder} ({detail}).</translation>
        </message>
        <message>
            <source>Database problem in {folder}: {detail}</source>
            <comment>cli.store.other</comment>
            <translation>Masalah basis data di {folder}: {detail}</translation>
        </message>
        <message>
            <source>ok: {count} entries, chain intact</source>
            <comment>cli.audit_ok</comment>
            <translation>ok: {count} catatan, rantai utuh</translation>
        </message>
        <message>
            <source>BROKEN at entry #{seq} ({code}): {message}</source>
            <comment>cli.audit_broken</comment>
            <translation>RUSAK pada catatan #{seq} ({code}): {message}</translation>
        </message>
        <message>
            <source>The second backup folder {folder} is not there (USB drive not plugged in?). The backup is only on this computer; plug the drive in and run lapor-desktop backup again.</source>
            <comment>cli.mirror.missing</comment>
            <translation>Folder cadangan kedua {folder} tidak ada (drive USB belum dipasang?). Cadangan hanya tersimpan di komputer ini; pasang drive itu lalu jalankan lapor-desktop backup lagi.</translation>
        </message>
        <message>
            <source>The second backup drive {folder} is full; no copy was made. Free space on it and try again. The backup on this computer stands.</source>
            <comment>cli.mirror.disk_full</comment>
            <translation>Drive cadangan kedua {folder} penuh; salinan tidak dibuat. Kosongkan ruang di drive itu lalu ulangi. Cadangan di komputer ini tetap ada.</translation>
        </message>
        <message>
            <source>The copy in {folder} failed its check and was not kept ({detail}). The drive may be faulty; the backup on this computer stands.</source>
            <comment>cli.mirror.verify_failed</comment>
            <translation>Salinan di {folder} gagal diperiksa dan tidak disimpan ({detail}). Drive itu mungkin rusak; cadangan di komputer ini tetap ada.</translation>
        </message>
        <message>
            <source>The second backup folder {folder} cannot be written ({detail}); no copy was made. The backup on this computer stands.</source>
            <comment>cli.mirror.other</comment>
            <translation>Folder cadangan kedua {folder} tidak dapat ditulis ({detail}); salinan tidak dibuat. Cadangan di komputer ini tetap ada.</translation>
        </message>
        <message>
            <source>Note: the folder {folder} is not there now; copies are made while the drive is plugged in.</source>
            <comment>cli.second_folder_absent</comment>
            <translation>Catatan: folder {folder} belum ada sekarang; salinan dibuat saat drive itu dipasang.</translation>
        </message>
        <message>
            <source>The password cannot be asked for: input is not a keyboard. For piped input add --password-stdin.</source>
            <comment>cli.password_no_keyboard</comment>
            <translation>Kata sandi tidak dapat ditanyakan karena masukan bukan dari papan ketik. Untuk masukan dari pipa/berkas tambahkan --password-stdin.</translation>
        </message>
        <message>
            <source>No password was entered.</source>
            <comment>cli.password_none</comment>
            <translation>Tidak ada kata sandi yang dimasukkan.</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <comment>cli.passwords_differ</comment>
            <translation>Kata sandi tidak sama.</translation>
        </message>
        <message>
            <source>No accounts yet. Add one with: lapor-desktop users add LOGIN --role admin --password-stdin</source>
            <comment>cli.no_accounts</comment>
            <translation>Belum ada akun. Tambahkan dengan: lapor-desktop users add LOGIN --role admin --password-stdin</translation>
        </message>
        <message>
            <source>Sign-in pause lifted for {login}.</source>
            <comment>cli.unlocked</comment>
            <translation>Jeda masuk untuk {login} sudah dibuka.</translation>
        </message>
        <message>
            <source>Sign-in was not paused for {login}.</source>
            <comment>cli.not_paused</comment>
            <translation>Masuk untuk {login} tidak sedang dijeda.</translation>
        </message>
        <message>
            <source>The settings file {file} cannot be read ({error}).</source>
            <comment>cli.doctor.settings_unreadable</comment>
            <translation>Berkas pengaturan {file} tidak dapat dibaca ({error}).</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be written.</source>
            <comment>cli.doctor.folder_read_only</comment>
            <translation>Folder {folder} tidak dapat ditulis.</translation>
        </message>
        <message>
            <source>The database {file} is missing although this desk is set up.</source>
            <comment>cli.doctor.database_missing</comment>
            <translation>Basis data {file} tidak ada padahal meja ini sudah disiapkan.</translation>
        </message>
        <message>
            <source>The database is damaged ({problem}): {detail}</source>
            <comment>cli.doctor.database_damaged</comment>
            <translation>Basis data rusak ({problem}): {detail}</translation>
        </message>
        <message>
            <source>Schema {revision} is older than {head} (updated when the program opens).</source>
            <comment>cli.doctor.schema_old</comment>
            <translation>Skema {revision} belum diperbarui ke {head} (diperbarui saat program dibuka).</translation>
        </message>
        <message>
            <source>This desk is not set up. Run: lapor-desktop setup --office-code CODE --office-name NAME (or open the program for the set-up wizard).</source>
            <comment>cli.doctor.not_set_up</comment>
            <translation>Meja ini belum disiapkan. Jalankan: lapor-desktop setup --office-code KODE --office-name NAMA (atau buka program untuk wizard penyiapan).</translation>
        </message>
        <message>
            <source>There is no good backup yet. Run: lapor-desktop backup</source>
            <comment>cli.doctor.no_backup</comment>
            <translation>Belum ada cadangan yang baik. Jalankan: lapor-desktop backup</translation>
        </message>
        <message>
            <source>The second backup folder {folder} is not there (USB drive not plugged in?).</source>
            <comment>cli.doctor.second_folder_missing</comment>
            <translation>Folder cadangan kedua {folder} tidak ada (drive USB belum dipasang?).</translation>
        </message>
        <message>
            <source>The weekly check found damage; start the program (or any command) so the file is checked in full and a backup is offered.</source>
            <comment>cli.doctor.integrity_problem</comment>
            <translation>Pemeriksaan mingguan menemukan kerusakan; buka program (atau jalankan perintah apa pun) agar berkas diperiksa penuh dan cadangan ditawarkan.</translation>
        </message>
        <message>
            <source>This desk's event history was changed or deleted before event {event} (sequence {seq}).</source>
            <comment>cli.doctor.event_chain_broken</comment>
            <translation>Riwayat kejadian meja ini telah diubah atau dihapus sebelum kejadian {event} (nomor urut {seq}).</translation>
        </message>
        <message>
            <source>Counts could not be read: {error}</source>
            <comment>cli.doctor.counts_failed</comment>
            <translation>Jumlah data tidak dapat dibaca: {error}</translation>
        </message>
        <message>
            <source>No backups in {folder} yet. Make one with: lapor-desktop backup</source>
            <comment>cli.no_backups</comment>
            <translation>Belum ada cadangan di {folder}. Buat dengan: lapor-desktop backup</translation>
        </message>
        <message>
            <source>Name a backup file or --latest.</source>
            <comment>cli.restore_what</comment>
            <translation>Sebutkan berkas cadangan atau --latest.</translation>
        </message>
        <message>
            <source>Backup file not found: {file}</source>
            <comment>cli.backup_file_not_found</comment>
            <translation>Berkas cadangan tidak ditemukan: {file}</translation>
        </message>
        <message>
            <source>The database is in use (LAPOR! Desk or a scheduled sync is running). Close it first, then try again; nothing was changed.</source>
            <comment>cli.restore_in_use</comment>
            <translation>Basis data sedang dipakai (program LAPOR! Desk atau sinkronisasi terjadwal masih berjalan). Tutup program itu dulu, lalu ulangi; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>There is no good backup in {folder}.</source>
            <comment>cli.restore_no_good_backup</comment>
            <translation>Tidak ada cadangan yang baik di {folder}.</translation>
        </message>
        <message>
            <source>The backup {file} cannot be used ({problem}); nothing was changed.</source>
            <comment>cli.restore_unusable</comment>
            <translation>Cadangan {file} tidak dapat dipakai ({problem}); tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The backup was restored. Run lapor-desktop sync to fetch from the hub what the backup lacks.</source>
            <comment>cli.restored</comment>
            <translation>Cadangan dipulihkan. Jalankan lapor-desktop sync untuk mengambil dari hub yang belum ada di cadangan.</translation>
        </message>
        <message>
            <source>The target folder does not exist: {folder}</source>
            <comment>cli.target_folder_missing</comment>
            <translation>Folder tujuan tidak ada: {folder}</translation>
        </message>
        <message>
            <source>{n} complaints exported.</source>
            <comment>cli.exported</comment>
            <translation>{n} pengaduan diekspor.</translation>
        </message>
        <message>
            <source>File not found: {file}</source>
            <comment>cli.file_not_found</comment>
            <translation>Berkas tidak ditemukan: {file}</translation>
        </message>
        <message>
            <source>row {row}: {field}: {message}</source>
            <comment>cli.form_row_error</comment>
            <translation>baris {row}: {field}: {message}</translation>
        </message>
        <message>
            <source>line {line} rejected:</source>
            <comment>cli.intake_line_rejected</comment>
            <translation>baris {line} ditolak:</translation>
        </message>
        <message>
            <source>{ok} recorded, {bad} rejected</source>
            <comment>cli.intake_summary</comment>
            <translation>{ok} tercatat, {bad} ditolak</translation>
        </message>
        <message>
            <source>, {count} already recorded before (lines {lines}; not recorded twice)</source>
            <comment>cli.intake_already</comment>
            <translation>, {count} sudah tercatat sebelumnya (baris {lines}; tidak dicatat dua kali)</translation>
        </message>
        <message>
            <source>The database in {folder} cannot be opened ({detail}). Check free disk space and the folder's write permission, then try again; the file was not changed.</source>
            <comment>startup.cannot_open</comment>
            <translation>Basis data di folder {folder} tidak dapat dibuka ({detail}). Periksa ruang disk dan izin tulis folder itu, lalu ulangi; berkasnya tidak diubah.</translation>
        </message>
        <message>
            <source>The database of this desk was not found although the desk is set up</source>
            <comment>startup.missing</comment>
            <translation>Basis data meja ini tidak ditemukan, padahal meja ini sudah disiapkan</translation>
        </message>
        <message>
            <source>The database of this desk is damaged and was not opened</source>
            <comment>startup.damaged</comment>
            <translation>Basis data meja ini rusak dan tidak dibuka</translation>
        </message>
        <message>
            <source>This database was written by a newer LAPOR! Desk</source>
            <comment>startup.schema_unknown</comment>
            <translation>Basis data ini ditulis oleh versi LAPOR! Desk yang lebih baru</translation>
        </message>
        <message>
            <source>; the file was moved to {path} (not deleted)</source>
            <comment>startup.moved</comment>
            <translation>; berkasnya dipindahkan ke {path} (tidak dihapus)</translation>
        </message>
        <message>
            <source>. Install the newest program; nothing was changed.</source>
            <comment>startup.install_newer</comment>
            <translation>. Pasang versi program yang terbaru; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>. Restore the newest backup ({when}) with: lapor-desktop restore --latest then run lapor-desktop sync to fetch from the hub what the backup lacks.</source>
            <comment>startup.restore_latest</comment>
            <translation>. Pulihkan cadangan terbaru ({when}) dengan: lapor-desktop restore --latest lalu jalankan lapor-desktop sync untuk mengambil dari hub yang belum ada di cadangan.</translation>
        </message>
        <message>
            <source>. There is no good backup; call the administrator (do not run setup again).</source>
            <comment>startup.no_good_backup</comment>
            <translation>. Tidak ada cadangan yang baik; hubungi administrator (jangan jalankan setup lagi).</translation>
        </message>
        <message>
            <source>Not yet verified</source>
            <comment>status.belum_terverifikasi</comment>
            <translation>Belum Terverifikasi</translation>
        </message>
        <message>
            <source>Verified</source>
            <comment>status.terverifikasi</comment>
            <translation>Terverifikasi</translation>
        </message>
        <message>
            <source>Waiting for information</source>
            <comment>status.menunggu_kelengkapan</comment>
            <translation>Menunggu Kelengkapan Informasi</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <comment>status.terdisposisi</comment>
            <translation>Terdisposisi</translation>
        </message>
        <message>
            <source>Followed up</source>
            <comment>status.ditindaklanjuti</comment>
            <translation>Ditindaklanjuti</translation>
        </message>
        <message>
            <source>Not our authority</source>
            <comment>status.bukan_wewenang</comment>
            <translation>Bukan Wewenang</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>status.selesai</comment>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Archived</source>
            <comment>status.diarsipkan</comment>
            <translation>Diarsipkan</translation>
        </message>
        <message>
            <source>Content blocked</source>
            <comment>status.konten_terblokir</comment>
            <translation>Konten Terblokir</translation>
        </message>
        <message>
            <source>CA file not found: {file}</source>
            <comment>cli.ca_not_found</comment>
            <translation>Berkas CA tidak ditemukan: {file}</translation>
        </message>
        <message>
            <source>Enrolment refused by the hub ({code}). Ask the hub admin for a new code.</source>
            <comment>cli.enrol_refused</comment>
            <translation>Pendaftaran ditolak hub ({code}). Minta kode baru ke admin hub.</translation>
        </message>
        <message>
            <source>The hub {hub} could not be reached; this desk is not enrolled. Check the hub address and the network, then run this enroll command again (the code has not been used).</source>
            <comment>cli.enrol_unreachable</comment>
            <translation>Hub {hub} tidak dapat dihubungi; meja ini belum terdaftar. Periksa alamat hub dan jaringan, lalu jalankan perintah enroll ini lagi (kode pendaftaran belum terpakai).</translation>
        </message>
        <message>
            <source>Warning: no OS credential store; the token is kept in a file only this user can read.</source>
            <comment>cli.token_in_file</comment>
            <translation>Peringatan: tidak ada penyimpanan kredensial sistem; token disimpan di berkas yang hanya dapat dibaca pengguna ini.</translation>
        </message>
        <message>
            <source>(lapor-desktop enroll --hub URL --code CODE)</source>
            <comment>cli.enroll_hint</comment>
            <translation>(lapor-desktop enroll --hub URL --code KODE)</translation>
        </message>
        <message>
            <source>sync: {outcome}; sent {sent}, received {received}, rejected {rejected}, waiting {pending}</source>
            <comment>cli.sync_summary</comment>
            <translation>sinkronisasi: {outcome}; terkirim {sent}, diterima {received}, ditolak {rejected}, menunggu {pending}</translation>
        </message>
        <message>
            <source>WARNING: this desk's clock differs from the hub's by more than 5 minutes</source>
            <comment>cli.sync_skew</comment>
            <translation>PERINGATAN: jam meja selisih lebih dari 5 menit dengan hub</translation>
        </message>
        <message>
            <source>Reference data from the hub refused, the previous data is kept: {reason}</source>
            <comment>cli.reference_refused</comment>
            <translation>Data referensi dari hub ditolak, data lama tetap dipakai: {reason}</translation>
        </message>
    </context>
</TS>
