<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/workspace_banner.py" line="25"/>
        <source>Create workspace…</source>
        <translation>Buat workspace…</translation>
    </message>
    <message>
        <location filename="../plugin/workspace_banner.py" line="24"/>
        <source>Open workspace…</source>
        <translation>Buka workspace…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="290"/>
        <source>The workspace is ready. Open its project now?
{path}</source>
        <translation>Workspace sudah siap. Buka proyeknya sekarang?
{path}</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="66"/>
        <source>Open workspace</source>
        <translation>Buka workspace</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="36"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="82"/>
        <source>Language of layer names, forms and labels</source>
        <translation>Bahasa nama layer, formulir dan label</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="82"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="82"/>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="22"/>
        <source>Create workspace</source>
        <translation>Buat workspace</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="40"/>
        <source>Kelurahan / desa name</source>
        <translation>Nama kelurahan / desa</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="41"/>
        <source>Kemendagri code of the kelurahan</source>
        <translation>Kode Kemendagri kelurahan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="43"/>
        <source>Kelurahan boundary</source>
        <translation>Batas kelurahan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="45"/>
        <source>CRS (empty: the UTM zone of the boundary)</source>
        <translation>CRS (kosong: zona UTM dari batas wilayah)</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="45"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="48"/>
        <source>City / regency</source>
        <translation>Kota / kabupaten</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="48"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="35"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="41"/>
        <source>QGIS project</source>
        <translation>Proyek QGIS</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="55"/>
        <source>Workspace written: {path}</source>
        <translation>Workspace ditulis: {path}</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="56"/>
        <source>Project written: {path}</source>
        <translation>Proyek ditulis: {path}</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="55"/>
        <source>CSIAP Planner</source>
        <translation>CSIAP Planner</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="58"/>
        <source>CSIAP Planner: community sanitation improvement action plans</source>
        <translation>CSIAP Planner: rencana aksi perbaikan sanitasi masyarakat</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="160"/>
        <source>The CRS {crs} is in degrees. Choose a projected CRS in metres (for example WGS 84 / UTM) so that areas and distances are right.</source>
        <translation>CRS {crs} memakai satuan derajat. Pilih CRS terproyeksi dalam meter (misalnya WGS 84 / UTM) agar luas dan jarak benar.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="165"/>
        <source>Give a kelurahan boundary layer (its UTM zone is chosen automatically) or choose a CRS.</source>
        <translation>Isi layer batas kelurahan (zona UTM-nya dipilih otomatis) atau pilih CRS.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="183"/>
        <source>The boundary layer has no polygon to use as the kelurahan outline.</source>
        <translation>Layer batas wilayah tidak memiliki poligon yang bisa dipakai sebagai batas kelurahan.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="201"/>
        <source>Give the name of the kelurahan or desa.</source>
        <translation>Isi nama kelurahan atau desa.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="203"/>
        <source>Unknown language {language}; use &apos;id&apos; or &apos;en&apos;.</source>
        <translation>Bahasa {language} tidak dikenal; gunakan 'id' atau 'en'.</translation>
    </message>
    <message>
        <location filename="../workspace/styles.py" line="60"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="372"/>
        <source>{source} cannot be opened as a vector layer.</source>
        <translation>{source} tidak dapat dibuka sebagai layer vektor.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="72"/>
        <source>Cannot write the code list {name}.</source>
        <translation>Daftar kode {name} tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/xlsform.py" line="20"/>
        <source>Cannot create the file {path}: {reason}</source>
        <translation>Berkas {path} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="186"/>
        <source>Cannot create the layer {name}: {reason}</source>
        <translation>Layer {name} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="206"/>
        <source>Cannot create the field {layer}.{field}.</source>
        <translation>Kolom {layer}.{field} tidak dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="882"/>
        <source>Cannot write a row of {layer}: {reason}</source>
        <translation>Satu baris {layer} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="604"/>
        <source>The workspace {path} does not exist.</source>
        <translation>Workspace {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="610"/>
        <source>{path} is not a CSIAP Planner workspace (no schema_version table). Create a workspace with &apos;Create workspace&apos; first.</source>
        <translation>{path} bukan workspace CSIAP Planner (tidak ada tabel schema_version). Buat dulu workspace dengan 'Buat workspace'.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="617"/>
        <source>{path} is not a GeoPackage: {reason}</source>
        <translation>{path} bukan GeoPackage: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="627"/>
        <source>{path} has an empty schema_version table.</source>
        <translation>Tabel schema_version di {path} kosong.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="635"/>
        <source>{path} was made by a newer CSIAP Planner (schema version {found}; this plugin knows up to {known}). Update the plugin to open it.</source>
        <translation>{path} dibuat oleh CSIAP Planner yang lebih baru (versi skema {found}; plugin ini hanya mengenal sampai {known}). Perbarui plugin untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="640"/>
        <source>{path} is missing the workspace layers: {layers}.</source>
        <translation>Layer workspace berikut tidak ada di {path}: {layers}.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="51"/>
        <source>The layer {name} in {path} cannot be opened.</source>
        <translation>Layer {name} di {path} tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="249"/>
        <source>The relation {name} is not valid.</source>
        <translation>Relasi {name} tidak valid.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="192"/>
        <source>Cannot write the project {path}: {reason}</source>
        <translation>Proyek {path} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/styles.py" line="34"/>
        <source>Cannot load the style {path}: {reason}</source>
        <translation>Simbologi {path} tidak dapat dimuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/styles.py" line="74"/>
        <source>Cannot build the style of {layer}: {reason}</source>
        <translation>Simbologi {layer} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="88"/>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="92"/>
        <source>{field} cannot be below {low}.</source>
        <translation>{field} tidak boleh kurang dari {low}.</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="96"/>
        <source>{field} cannot be in the future.</source>
        <translation>{field} tidak boleh tanggal yang akan datang.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="28"/>
        <source>Attach to RT/RW</source>
        <translation>Tempelkan ke RT/RW</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="31"/>
        <source>Fills the RW and RT of households, facilities, problems and candidate sites from the RT polygons of a workspace (or its RW polygons where there are no RT yet), in one transaction.

Or, without a workspace, copies the chosen fields of any polygon layer onto any layer: points take the polygon they lie in, lines and polygons the one they overlap most.

A point exactly on a boundary shared by several areas goes to the area with the lowest code (compared as numbers). Features outside every area are kept, with empty codes, and counted.</source>
        <translation>Mengisi RW dan RT rumah tangga, fasilitas, masalah dan lokasi usulan dari poligon RT sebuah workspace (atau poligon RW-nya bila belum ada RT), dalam satu transaksi.

Atau, tanpa workspace, menyalin kolom yang dipilih dari layer poligon mana pun ke layer mana pun: titik mengikuti poligon tempatnya berada, garis dan poligon mengikuti poligon yang paling banyak tumpang-tindih.

Titik yang tepat berada di batas beberapa wilayah masuk ke wilayah dengan kode terkecil (dibandingkan sebagai angka). Fitur di luar semua wilayah tetap disimpan, dengan kode kosong, dan dihitung.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="42"/>
        <source>Features to attach (without a workspace)</source>
        <translation>Fitur yang ditempelkan (tanpa workspace)</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="44"/>
        <source>Areas (without a workspace)</source>
        <translation>Wilayah (tanpa workspace)</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="46"/>
        <source>Area fields to copy</source>
        <translation>Kolom wilayah yang disalin</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="49"/>
        <source>Attached features</source>
        <translation>Fitur yang sudah ditempelkan</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="51"/>
        <source>Features attached</source>
        <translation>Jumlah fitur ditempelkan</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="52"/>
        <source>Features outside every area</source>
        <translation>Jumlah fitur di luar semua wilayah</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="67"/>
        <source>{layer}: {count} attached to {level}.</source>
        <translation>{layer}: {count} ditempelkan ke {level}.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="70"/>
        <source>{layer}: features {fids} lie outside every {level}.</source>
        <translation>{layer}: fitur {fids} berada di luar semua {level}.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="80"/>
        <source>Give a workspace, or both the features and the areas.</source>
        <translation>Isi workspace, atau isi fitur dan wilayahnya sekaligus.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="110"/>
        <source>{count} features lie outside every area; their area fields are empty.</source>
        <translation>{count} fitur berada di luar semua wilayah; kolom wilayahnya kosong.</translation>
    </message>
    <message>
        <location filename="../workspace/attach.py" line="90"/>
        <source>The workspace has no RT or RW polygons yet: import the boundaries first.</source>
        <translation>Workspace belum memiliki poligon RT atau RW: impor batas wilayah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="434"/>
        <source>Cancelled; the workspace was not changed.</source>
        <translation>Dibatalkan; workspace tidak diubah.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="743"/>
        <source>Cannot update feature {fid} of {layer}: {reason}</source>
        <translation>Fitur {fid} pada {layer} tidak dapat diperbarui: {reason}</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="30"/>
        <source>Counts, for every RT (or RW) of a workspace, the households surveyed, population, area and density class, the households on each step of the JMP sanitation ladder, adequate (layak) and safely managed (aman) access, open defecation, septic tanks not emptied for over 3 years (Permen PUPR 04/PRT/M/2017), wells closer than 10 m to a septic tank (SNI 03-2398-2002), low-income households and the problems by category and season.

The sanitation risk index follows EHRA: for each component the share of households at risk, weighted; four classes by equal intervals. The default weights (20 % each) are the plugin&apos;s, not official: enter your Pokja&apos;s weights and their source.

Areas with fewer surveyed households than the minimum are marked &apos;too little data&apos; and get no risk class. Households, problems and public wells are placed in their area from their location, with the same rule as &apos;Attach to RT/RW&apos;. The results replace the area indicators layer of the workspace; nothing else is changed.</source>
        <translation>Menghitung, untuk setiap RT (atau RW) di workspace, jumlah KK yang disurvei, jumlah jiwa, luas dan kelas kepadatan, jumlah KK pada setiap tangga sanitasi JMP, akses layak dan aman, BABS, tangki septik yang tidak dikuras lebih dari 3 tahun (Permen PUPR 04/PRT/M/2017), sumur yang berjarak kurang dari 10 m dari tangki septik (SNI 03-2398-2002), KK MBR, serta masalah per jenis dan musim.

Indeks risiko sanitasi mengikuti EHRA: untuk setiap komponen, persentase KK yang berisiko, diberi bobot; empat kelas dengan interval sama. Bobot bawaan (masing-masing 20 %) adalah bobot plugin, bukan angka resmi: masukkan bobot Pokja Anda beserta sumbernya.

Wilayah dengan KK disurvei di bawah batas minimum ditandai 'data terlalu sedikit' dan tidak diberi kelas risiko. KK, masalah dan sumur umum ditempatkan di wilayahnya menurut lokasinya, dengan aturan yang sama seperti 'Kaitkan ke RT/RW'. Hasilnya menggantikan layer indikator wilayah di workspace; tidak ada yang lain yang diubah.</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="47"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="47"/>
        <source>Density classes</source>
        <translation>Kelas kepadatan</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="52"/>
        <source>Fewest surveyed households for a risk class</source>
        <translation>Minimal KK disurvei untuk diberi kelas risiko</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="55"/>
        <source>Source of the risk weights (e.g. Pokja decision, date)</source>
        <translation>Sumber bobot risiko (mis. keputusan Pokja, tanggal)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="57"/>
        <source>Reference year for desludging (0 = this year)</source>
        <translation>Tahun acuan penyedotan tinja (0 = tahun ini)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="62"/>
        <source>Weight: water source (%)</source>
        <translation>Bobot: sumber air (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="63"/>
        <source>Weight: domestic wastewater (%)</source>
        <translation>Bobot: air limbah domestik (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="64"/>
        <source>Weight: solid waste (%)</source>
        <translation>Bobot: persampahan (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="65"/>
        <source>Weight: standing water / drainage (%)</source>
        <translation>Bobot: genangan air / drainase (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="66"/>
        <source>Weight: hygiene behaviour (%)</source>
        <translation>Bobot: perilaku higiene (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="75"/>
        <source>Area indicators</source>
        <translation>Indikator wilayah</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="246"/>
        <source>Areas</source>
        <translation>Jumlah wilayah</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="77"/>
        <source>Areas with too little data</source>
        <translation>Wilayah dengan data terlalu sedikit</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="90"/>
        <source>The risk weights add up to zero; give at least one a weight.</source>
        <translation>Jumlah bobot risiko nol; beri bobot pada minimal satu komponen.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="93"/>
        <source>User weights (source not recorded)</source>
        <translation>Bobot pengguna (sumber tidak dicatat)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="94"/>
        <source>The weights differ from the defaults but their source is empty: record who set them and when.</source>
        <translation>Bobot berbeda dari bobot bawaan tetapi sumbernya kosong: catat siapa yang menetapkan dan kapan.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="97"/>
        <source>The weights add up to {total:g} %, not 100 %; they were scaled to 100 %.</source>
        <translation>Jumlah bobot {total:g} %, bukan 100 %; bobot disesuaikan menjadi 100 %.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="111"/>
        <source>{level} polygon {fid} has no code and was left out.</source>
        <translation>Poligon {level} {fid} tidak bernomor dan tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="115"/>
        <source>{count} {layer} lie outside every {level} and are not counted.</source>
        <translation>{count} {layer} berada di luar semua {level} dan tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="120"/>
        <source>too little data</source>
        <translation>data terlalu sedikit</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="123"/>
        <source>{area}: {surveyed} households surveyed, risk index {index}, {risk}.</source>
        <translation>{area}: {surveyed} KK disurvei, indeks risiko {index}, {risk}.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="127"/>
        <source>{count} areas have too little data for a risk class; survey more households there before ranking them.</source>
        <translation>{count} wilayah datanya terlalu sedikit untuk diberi kelas risiko; survei lebih banyak KK di sana sebelum membuat peringkat.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="34"/>
        <source>Import RW/RT boundaries</source>
        <translation>Impor batas RW/RT</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="53"/>
        <source>RW or RT polygons</source>
        <translation>Poligon RW atau RT</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="56"/>
        <source>Field with the RW/RT number</source>
        <translation>Kolom nomor RW/RT</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="58"/>
        <source>Field with the parent RW number (RT only; else taken from the map)</source>
        <translation>Kolom nomor RW induk (khusus RT; bila kosong diambil dari peta)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="58"/>
        <source>Field with the name</source>
        <translation>Kolom nama</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="58"/>
        <source>Field with the population</source>
        <translation>Kolom jumlah jiwa</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="58"/>
        <source>Field with the number of households</source>
        <translation>Kolom jumlah KK</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="58"/>
        <source>Field with the kelurahan name</source>
        <translation>Kolom nama kelurahan</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="69"/>
        <source>Take only this kelurahan (default: the workspace&apos;s, where a kelurahan field is given)</source>
        <translation>Ambil hanya kelurahan ini (bawaan: kelurahan workspace, bila kolom kelurahan diisi)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="76"/>
        <source>Existing polygons of this level</source>
        <translation>Poligon tingkat ini yang sudah ada</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="76"/>
        <source>Replace them</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="76"/>
        <source>Keep them and add</source>
        <translation>Pertahankan dan tambahkan</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="79"/>
        <source>Only check; write nothing</source>
        <translation>Hanya periksa; jangan tulis apa pun</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="81"/>
        <source>Overlap and gap tolerance (m²)</source>
        <translation>Toleransi tumpang tindih dan celah (m²)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="84"/>
        <source>Import report (defects)</source>
        <translation>Laporan impor (cacat)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="89"/>
        <source>Rejected features</source>
        <translation>Fitur yang ditolak</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="124"/>
        <source>Summary report</source>
        <translation>Laporan ringkas</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="89"/>
        <source>Input features</source>
        <translation>Fitur masukan</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="89"/>
        <source>Imported features</source>
        <translation>Fitur diimpor</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="89"/>
        <source>Other kelurahan</source>
        <translation>Kelurahan lain</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="89"/>
        <source>Defects</source>
        <translation>Cacat</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="107"/>
        <source>Choose a workspace to import into, or tick &apos;Only check&apos;.</source>
        <translation>Pilih workspace tujuan impor, atau centang 'Hanya periksa'.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="259"/>
        <source>Nothing to import: every feature was rejected or left out by the filter.</source>
        <translation>Tidak ada yang diimpor: semua fitur ditolak atau tidak diambil oleh filter.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="148"/>
        <source>{count} {level} written to the workspace.</source>
        <translation>{count} {level} ditulis ke workspace.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="140"/>
        <source>Boundary import report</source>
        <translation>Laporan impor batas wilayah</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="27"/>
        <source>Import survey</source>
        <translation>Impor survei</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="47"/>
        <source>Survey file</source>
        <translation>Berkas survei</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="48"/>
        <source>Import into</source>
        <translation>Impor ke</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="52"/>
        <source>Field mapping (field=column; …)</source>
        <translation>Pemetaan kolom (field=kolom; …)</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="54"/>
        <source>Latitude column</source>
        <translation>Kolom lintang</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="54"/>
        <source>Longitude column</source>
        <translation>Kolom bujur</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="59"/>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="62"/>
        <source>Rows read</source>
        <translation>Baris dibaca</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="53"/>
        <source>Rows added</source>
        <translation>Baris ditambahkan</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="53"/>
        <source>Rows updated</source>
        <translation>Baris diperbarui</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="62"/>
        <source>Rows rejected</source>
        <translation>Baris ditolak</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="62"/>
        <source>Answers left empty</source>
        <translation>Jawaban yang dikosongkan</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="86"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="89"/>
        <source>{inserted} rows added and {updated} updated in {layer}.</source>
        <translation>{inserted} baris ditambahkan dan {updated} diperbarui di {layer}.</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="86"/>
        <source>Survey import report</source>
        <translation>Laporan impor survei</translation>
    </message>
    <message>
        <location filename="../processing/survey_form.py" line="17"/>
        <source>Writes the CSIAP household survey as an XLSForm (.xlsx) in Indonesian and English, made from the workspace data model: upload it to KoboToolbox or ODK Central, collect on a phone, and import the CSV export with &apos;Import survey&apos; without mapping any column.</source>
        <translation>Menulis survei rumah tangga CSIAP sebagai XLSForm (.xlsx) dalam bahasa Indonesia dan Inggris, dibuat dari model data workspace: unggah ke KoboToolbox atau ODK Central, kumpulkan data dengan ponsel, lalu impor ekspor CSV-nya dengan 'Impor survei' tanpa memetakan kolom apa pun.</translation>
    </message>
    <message>
        <location filename="../processing/survey_form.py" line="23"/>
        <source>XLSForm</source>
        <translation>XLSForm</translation>
    </message>
    <message>
        <location filename="../processing/survey_form.py" line="31"/>
        <source>Form written to {path}.</source>
        <translation>Formulir ditulis ke {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="388"/>
        <source>The level must be RT or RW, not {level}.</source>
        <translation>Tingkat harus RT atau RW, bukan {level}.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="292"/>
        <source>value: &apos;{value}&apos;</source>
        <translation>nilai: '{value}'</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="312"/>
        <source>not valid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="373"/>
        <source>RW value: &apos;{value}&apos;</source>
        <translation>nilai RW: '{value}'</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="378"/>
        <source>no RW field given and no workspace RW polygon under it</source>
        <translation>kolom RW tidak diisi dan tidak ada poligon RW workspace di bawahnya</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="400"/>
        <source>{count} polygons: features {fids}</source>
        <translation>{count} poligon: fitur {fids}</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="426"/>
        <source>{area:.0f} m² shared with {level} {code}</source>
        <translation>{area:.0f} m² bertumpang tindih dengan {level} {code}</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="443"/>
        <source>{area:.0f} m² outside the kelurahan boundary</source>
        <translation>{area:.0f} m² di luar batas kelurahan</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="455"/>
        <source>{area:.0f} m² outside RW {rw}</source>
        <translation>{area:.0f} m² di luar RW {rw}</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="471"/>
        <source>{area:.0f} m² not covered by any {level}</source>
        <translation>{area:.0f} m² tidak tercakup {level} mana pun</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="482"/>
        <source>Choose a workspace to import into, or run in validation-only mode.</source>
        <translation>Pilih workspace tujuan impor, atau jalankan dalam mode hanya periksa.</translation>
    </message>
    <message>
        <location filename="../workspace/sfd.py" line="66"/>
        <source>The workspace has no {level} polygons yet: import the boundaries first.</source>
        <translation>Workspace belum memiliki poligon {level}: impor batas wilayah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/indicators.py" line="480"/>
        <source>Counting households…</source>
        <translation>Menghitung KK…</translation>
    </message>
    <message>
        <location filename="../workspace/indicators.py" line="286"/>
        <source>Counting problems…</source>
        <translation>Menghitung masalah…</translation>
    </message>
    <message>
        <location filename="../workspace/indicators.py" line="300"/>
        <source>Checking public wells…</source>
        <translation>Memeriksa sumur umum…</translation>
    </message>
    <message>
        <location filename="../workspace/reports.py" line="37"/>
        <source>{where}, feature {fid}</source>
        <translation>{where}, fitur {fid}</translation>
    </message>
    <message>
        <location filename="../workspace/reports.py" line="46"/>
        <source>Input: {total}. Imported: {imported}. Rejected: {rejected}. Left out by the filter: {filtered}.</source>
        <translation>Masukan: {total}. Diimpor: {imported}. Ditolak: {rejected}. Tidak diambil oleh filter: {filtered}.</translation>
    </message>
    <message>
        <location filename="../workspace/reports.py" line="69"/>
        <source>Defect</source>
        <translation>Cacat</translation>
    </message>
    <message>
        <location filename="../workspace/reports.py" line="69"/>
        <source>What and where</source>
        <translation>Apa dan di mana</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="101"/>
        <source>The survey file {path} does not exist.</source>
        <translation>Berkas survei {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="172"/>
        <source>The survey file {path} is empty.</source>
        <translation>Berkas survei {path} kosong.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="256"/>
        <source>{path} cannot be read as a table or vector file.</source>
        <translation>{path} tidak dapat dibaca sebagai tabel atau berkas vektor.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="382"/>
        <source>Surveys are imported into {layers}, not {layer}.</source>
        <translation>Survei diimpor ke {layers}, bukan {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="407"/>
        <source>No coordinates found in the survey file: give the latitude and longitude columns.</source>
        <translation>Koordinat tidak ditemukan dalam berkas survei: tentukan kolom lintang dan bujur.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="570"/>
        <source>required: {fields}</source>
        <translation>wajib diisi: {fields}</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="42"/>
        <source>Locations</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="42"/>
        <source>Candidate sites</source>
        <translation>Lokasi usulan</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="67"/>
        <source>Scores (location, option, criterion, value)</source>
        <translation>Nilai (location, option, criterion, value)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="72"/>
        <source>Weighting</source>
        <translation>Cara pembobotan</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="76"/>
        <source>Weights (code=weight; …)</source>
        <translation>Bobot (kode=bobot; …)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="77"/>
        <source>AHP pairwise matrix (rows separated by ;)</source>
        <translation>Matriks perbandingan berpasangan AHP (baris dipisah ;)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="79"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="82"/>
        <source>Date (YYYY-MM-DD; empty = today)</source>
        <translation>Tanggal (TTTT-BB-HH; kosong = hari ini)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="84"/>
        <source>Women taking part</source>
        <translation>Peserta perempuan</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="84"/>
        <source>Men taking part</source>
        <translation>Peserta laki-laki</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="88"/>
        <source>Meeting id (uuid)</source>
        <translation>ID rembuk/FGD (uuid)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="89"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="91"/>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="93"/>
        <source>Scoring session</source>
        <translation>Sesi skoring</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="94"/>
        <source>Consistency ratio (CR)</source>
        <translation>Rasio konsistensi (CR)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="95"/>
        <source>Locations ranked</source>
        <translation>Lokasi yang diperingkat</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="133"/>
        <source>No location has options to score: run &apos;Screen technical options&apos; at this level first, or give a scores table.</source>
        <translation>Tidak ada lokasi dengan opsi untuk dinilai: jalankan 'Saring opsi teknis' pada tingkat ini terlebih dahulu, atau berikan tabel nilai.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="156"/>
        <source>AHP: CR = {cr:.3f}; weights {weights}.</source>
        <translation>AHP: CR = {cr:.3f}; bobot {weights}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="159"/>
        <source>The pairwise comparisons are inconsistent (CR = {cr:.2f} ≥ 0.10): revisit them with the forum before using the ranking.</source>
        <translation>Perbandingan berpasangan tidak konsisten (CR = {cr:.2f} ≥ 0,10): bahas ulang bersama forum sebelum memakai peringkatnya.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="181"/>
        <source>The scores table lacks the columns: {columns}.</source>
        <translation>Tabel nilai tidak memiliki kolom: {columns}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="246"/>
        <source>{location}: {option} has no value for {criteria} and is not ranked.</source>
        <translation>{location}: {option} tidak memiliki nilai untuk {criteria} dan tidak diperingkat.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="254"/>
        <source>The pairwise matrix must be square, one row per criterion ({codes}): {detail}.</source>
        <translation>Matriks perbandingan berpasangan harus persegi, satu baris per kriteria ({codes}): {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="255"/>
        <source>The pairwise matrix is not square: {detail}.</source>
        <translation>Matriks perbandingan berpasangan tidak persegi: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="256"/>
        <source>Pairwise judgements must be positive numbers: {detail}.</source>
        <translation>Nilai perbandingan harus bilangan positif: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="257"/>
        <source>A criterion compared with itself must be 1: {detail}.</source>
        <translation>Kriteria yang dibandingkan dengan dirinya sendiri harus bernilai 1: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="258"/>
        <source>The pairwise matrix is not reciprocal (a[j,i] must be 1/a[i,j]): {detail}.</source>
        <translation>Matriks perbandingan berpasangan tidak resiprokal (a[j,i] harus 1/a[i,j]): {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="259"/>
        <source>The pairwise matrix cannot be read: {detail}.</source>
        <translation>Matriks perbandingan berpasangan tidak dapat dibaca: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="260"/>
        <source>A weight cannot be read: {detail}.</source>
        <translation>Bobot tidak dapat dibaca: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="261"/>
        <source>Weights for unknown criteria: {detail}. The criteria are {codes}.</source>
        <translation>Bobot untuk kriteria yang tidak dikenal: {detail}. Kriterianya adalah {codes}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="262"/>
        <source>Weights cannot be negative.</source>
        <translation>Bobot tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="263"/>
        <source>The weights add up to zero; give at least one criterion a weight.</source>
        <translation>Jumlah bobot nol; beri bobot pada minimal satu kriteria.</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="26"/>
        <source>Screen technical options</source>
        <translation>Saring opsi teknis</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="29"/>
        <source>For every RT, RW or candidate site of a workspace, which technical options can be built there (individual or shared septic tank, MCK, IPAL komunal with sewer, connection to an existing off-site system; Permen PUPR 04/PRT/M/2017), and for every option left out, the rule and the value that excluded it.

Conditions come from the location&apos;s fields (groundwater depth, soil permeability, slope, water use, desludging-truck access, flooding, sewer nearby), its households and density class from &apos;Area indicators&apos;, and the land from its candidate sites. A condition with no value never excludes an option: it is listed as not checked. Figures of the catalogue that have no source are marked as assumptions; edit them in the workspace&apos;s technical options table.</source>
        <translation>Untuk setiap RT, RW atau lokasi usulan di workspace, opsi teknis mana yang dapat dibangun di sana (tangki septik individual atau bersama, MCK, IPAL komunal dengan perpipaan, sambungan ke SPALD-T yang ada; Permen PUPR 04/PRT/M/2017), dan untuk setiap opsi yang tersisih, aturan dan nilai yang menyisihkannya.

Kondisi diambil dari kolom lokasi (kedalaman air tanah, permeabilitas tanah, kemiringan, pemakaian air, akses truk tinja, banjir, SPALD-T di dekatnya), jumlah KK dan kelas kepadatannya dari 'Indikator wilayah', dan lahan dari lokasi usulannya. Kondisi yang kosong tidak pernah menyisihkan opsi: dicatat sebagai belum diperiksa. Angka katalog yang belum bersumber ditandai sebagai asumsi; ubah di tabel opsi teknis workspace.</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="45"/>
        <source>Screening</source>
        <translation>Penyaringan</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="292"/>
        <source>Locations screened</source>
        <translation>Lokasi yang disaring</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="48"/>
        <source>Feasible location-option pairs</source>
        <translation>Pasangan lokasi-opsi yang layak</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="68"/>
        <source>{level} {code}: {options}</source>
        <translation>{level} {code}: {options}</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="68"/>
        <source>no feasible option</source>
        <translation>tidak ada opsi yang layak</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="84"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="84"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="148"/>
        <source>(assumed figure)</source>
        <translation>(angka asumsi)</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="110"/>
        <source>The level must be RT, RW or site, not {level}.</source>
        <translation>Tingkat harus RT, RW atau lokasi usulan, bukan {level}.</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="113"/>
        <source>The workspace has no {level} to screen yet.</source>
        <translation>Workspace belum memiliki {level} untuk disaring.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="191"/>
        <source>Matrik Skoring</source>
        <translation>Matrik Skoring</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="127"/>
        <source>Edit {cell}</source>
        <translation>Ubah {cell}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="256"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="622"/>
        <source>Options × criteria (score 1-5 or raw value)</source>
        <translation>Opsi × kriteria (nilai 1-5 atau nilai asli)</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="303"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="325"/>
        <source>Technical option</source>
        <translation>Opsi teknis</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="303"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="382"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="141"/>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="143"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="276"/>
        <source>Save session</source>
        <translation>Simpan sesi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="454"/>
        <source>No screened locations at this level: run &apos;Screen technical options&apos; first.</source>
        <translation>Belum ada lokasi yang disaring pada tingkat ini: jalankan 'Saring opsi teknis' terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="466"/>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="750"/>
        <source>&apos;{text}&apos; is not a number ({cell}).</source>
        <translation>'{text}' bukan angka ({cell}).</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="765"/>
        <source>weight of {criterion}</source>
        <translation>bobot {criterion}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="960"/>
        <source>{option}: no value for {criteria}</source>
        <translation>{option}: belum ada nilai untuk {criteria}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="1009"/>
        <source>Session saved.</source>
        <translation>Sesi disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="92"/>
        <source>{rule}: the option does not suit a flood-prone place</source>
        <translation>{rule}: opsi ini tidak cocok untuk tempat rawan banjir</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="94"/>
        <source>{rule}: needs a desludging truck to reach it; it cannot here</source>
        <translation>{rule}: perlu dapat dijangkau truk tinja; di sini tidak bisa</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="96"/>
        <source>{rule}: needs an existing off-site system nearby; there is none</source>
        <translation>{rule}: perlu SPALD-T yang sudah ada di dekatnya; di sini tidak ada</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="98"/>
        <source>{rule}: at most {required}, here {actual}</source>
        <translation>{rule}: paling tinggi {required}, di sini {actual}</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="98"/>
        <source>{rule}: needs at least {required}, here {actual}</source>
        <translation>{rule}: perlu minimal {required}, di sini {actual}</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="66"/>
        <source>Site conditions from the input (condition=column; …), e.g. flood_prone=FLOODPRONE; groundwater_depth_m=MAT</source>
        <translation>Kondisi lokasi dari masukan (kondisi=kolom; …), mis. flood_prone=FLOODPRONE; groundwater_depth_m=MAT</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="163"/>
        <source>Unknown site conditions: {names}. They are: {known}.</source>
        <translation>Kondisi lokasi tidak dikenal: {names}. Yang dikenal: {known}.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="166"/>
        <source>The input has no columns {columns}.</source>
        <translation>Masukan tidak memiliki kolom {columns}.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="380"/>
        <source>Meeting</source>
        <translation>Rembuk/FGD</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="459"/>
        <source>(not recorded)</source>
        <translation>(tidak dicatat)</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="289"/>
        <source>Peta Sosial</source>
        <translation>Peta Sosial</translation>
    </message>
    <message>
        <location filename="../plugin/problems_dock.py" line="42"/>
        <source>Masalah Sanitasi</source>
        <translation>Masalah Sanitasi</translation>
    </message>
    <message>
        <location filename="../plugin/problems_dock.py" line="58"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../plugin/problems_dock.py" line="72"/>
        <source>Where / what</source>
        <translation>Di mana / apa</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="229"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../plugin/problems_dock.py" line="80"/>
        <source>Season not given</source>
        <translation>Musim tidak diisi</translation>
    </message>
    <message>
        <location filename="../plugin/problems_dock.py" line="200"/>
        <source>Named at: {meeting}</source>
        <translation>Disampaikan di: {meeting}</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="125"/>
        <source>Choose what to draw, then click on the map.</source>
        <translation>Pilih apa yang akan digambar, lalu klik di peta.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="131"/>
        <source>Counts in RW</source>
        <translation>Jumlah di RW</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="236"/>
        <source>Click on the map to add: {what}</source>
        <translation>Klik di peta untuk menambah: {what}</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="249"/>
        <source>Open a workspace project first: its layer {layer} is not in the map.</source>
        <translation>Buka proyek workspace terlebih dahulu: layer {layer} belum ada di peta.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="273"/>
        <source>Add {what}</source>
        <translation>Tambah {what}</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="324"/>
        <source>(no RT)</source>
        <translation>(tanpa RT)</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="87"/>
        <source>Tahapan PP</source>
        <translation>Tahapan PP</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="102"/>
        <source>Stages</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="177"/>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="177"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../report/process_figures.py" line="44"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="359"/>
        <source>Warn where women are fewer than</source>
        <translation>Beri peringatan bila perempuan kurang dari</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="98"/>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="98"/>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../report/process_figures.py" line="49"/>
        <source>Women (%)</source>
        <translation>Perempuan (%)</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="455"/>
        <source>Women were {share:.0f} % of those attending, below {limit:.0f} %.</source>
        <translation>Perempuan hanya {share:.0f} % dari yang hadir, di bawah {limit:.0f} %.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="574"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="574"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="699"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="695"/>
        <source>Intensity per month: 0 none, 1 low, 2 medium, 3 high</source>
        <translation>Intensitas per bulan: 0 tidak ada, 1 rendah, 2 sedang, 3 tinggi</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="25"/>
        <source>Draws the Venn diagram of institutions (circle size: importance; distance from the community: closeness) and the seasonal calendar (months × items, intensity 0-3 as shading and dots), as SVG and PNG, and writes the stages with their progress, the meetings with attendance by gender and the KSM roles as CSV tables, in the chosen language.

Meetings where women were fewer than the threshold of those attending are marked (default 30 %: the participation target of community-based programmes, not a regulation). Names of KSM members and facilitators are left out unless asked for; NIK and phone numbers never appear.</source>
        <translation>Menggambar diagram kelembagaan (Venn; ukuran lingkaran: kepentingan; jarak dari masyarakat: kedekatan) dan kalender musim (bulan × hal, intensitas 0-3 sebagai arsiran dan titik), dalam SVG dan PNG, serta menulis tahapan beserta kemajuannya, rembuk/FGD dengan kehadiran menurut jenis kelamin dan jabatan KSM sebagai tabel CSV, dalam bahasa yang dipilih.

Pertemuan dengan peserta perempuan di bawah batas ditandai (bawaan 30 %: target keterlibatan dalam program berbasis masyarakat, bukan peraturan). Nama anggota KSM dan fasilitator tidak dicantumkan kecuali diminta; NIK dan nomor telepon tidak pernah dicantumkan.</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="36"/>
        <source>Warn where women are fewer than (% of those attending)</source>
        <translation>Beri peringatan bila perempuan kurang dari (% dari yang hadir)</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="39"/>
        <source>Include names of people (not for public annexes)</source>
        <translation>Cantumkan nama orang (bukan untuk lampiran publik)</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="42"/>
        <source>Output folder</source>
        <translation>Folder keluaran</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="43"/>
        <source>Files written</source>
        <translation>Berkas yang ditulis</translation>
    </message>
    <message>
        <location filename="../report/process_figures.py" line="44"/>
        <source>progress</source>
        <translation>kemajuan</translation>
    </message>
    <message>
        <location filename="../report/process_figures.py" line="50"/>
        <source>Women below the threshold</source>
        <translation>Perempuan di bawah batas</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="102"/>
        <source>Export the CSIAP annex…</source>
        <translation>Ekspor lampiran CSIAP…</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="32"/>
        <source>Export the CSIAP annex</source>
        <translation>Ekspor lampiran CSIAP</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="51"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="51"/>
        <source>A3 landscape</source>
        <translation>A3 mendatar</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="51"/>
        <source>A1 poster</source>
        <translation>Poster A1</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="51"/>
        <source>A4 portrait</source>
        <translation>A4 tegak</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="53"/>
        <source>A page per</source>
        <translation>Satu halaman per</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="53"/>
        <source>None (overview only)</source>
        <translation>Tidak ada (ikhtisar saja)</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="208"/>
        <source>Proposed option</source>
        <translation>Opsi usulan</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="226"/>
        <source>No option ranked (not scored or nothing feasible)</source>
        <translation>Belum ada opsi (belum dinilai atau tidak ada yang layak)</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="312"/>
        <source>Kecamatan {name}</source>
        <translation>Kecamatan {name}</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="194"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="529"/>
        <source>Sample: RT, households and problems are SYNTHETIC, not real data.</source>
        <translation>Contoh: RT, rumah tangga dan masalah adalah data SINTETIS, bukan data nyata.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="326"/>
        <source>{date} · Map {number} · CSIAP Planner</source>
        <translation>{date} · Peta {number} · CSIAP Planner</translation>
    </message>
    <message>
        <location filename="../workspace/consolidate.py" line="224"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="407"/>
        <source>Cannot export {path}: {reason}</source>
        <translation>Tidak dapat mengekspor {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="461"/>
        <source>Indicators per area</source>
        <translation>Indikator per wilayah</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="462"/>
        <source>Problems per RT</source>
        <translation>Masalah per RT</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="463"/>
        <source>Screening of technical options</source>
        <translation>Penyaringan opsi teknis</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="464"/>
        <source>Ranking of technical options</source>
        <translation>Peringkat opsi teknis</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="473"/>
        <source>All tables</source>
        <translation>Semua tabel</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="530"/>
        <source>CSIAP annex</source>
        <translation>Lampiran CSIAP</translation>
    </message>
    <message>
        <location filename="../report/document.py" line="262"/>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <location filename="../report/layouts.py" line="109"/>
        <source>Unknown paper {paper}.</source>
        <translation>Kertas {paper} tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../report/layouts.py" line="192"/>
        <source>The layout template {path} cannot be read.</source>
        <translation>Templat tata letak {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../report/layouts.py" line="198"/>
        <source>The layout template {path} lacks the items {items}.</source>
        <translation>Templat tata letak {path} tidak memiliki item {items}.</translation>
    </message>
    <message>
        <location filename="../report/layouts.py" line="205"/>
        <source>Cannot write {path}.</source>
        <translation>Tidak dapat menulis {path}.</translation>
    </message>
    <message>
        <location filename="../report/layouts.py" line="291"/>
        <source>Cannot export {path}.</source>
        <translation>Tidak dapat mengekspor {path}.</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="417"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="356"/>
        <source>This workspace was made by an older CSIAP Planner (schema version {found}). Upgrade it to version {known} now? Nothing is removed, and copies of the old files are kept:
{files}</source>
        <translation>Workspace ini dibuat oleh CSIAP Planner versi lama (skema versi {found}). Perbarui ke versi {known} sekarang? Tidak ada yang dihapus, dan salinan berkas lama disimpan:
{files}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="385"/>
        <source>This project&apos;s workspace was made by an older CSIAP Planner; upgrade it to work in it.</source>
        <translation>Workspace proyek ini dibuat oleh CSIAP Planner versi lama; perbarui dulu agar bisa dipakai.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="387"/>
        <source>Upgrade…</source>
        <translation>Perbarui…</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="16"/>
        <source>Upgrade workspace</source>
        <translation>Perbarui workspace</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="36"/>
        <source>Schema version</source>
        <translation>Versi skema</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="37"/>
        <source>Copies of the old files</source>
        <translation>Salinan berkas lama</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="53"/>
        <source>Upgraded to schema version {version}. The old files are kept as: {files}</source>
        <translation>Diperbarui ke skema versi {version}. Berkas lama disimpan sebagai: {files}</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="59"/>
        <source>The workspace is already at schema version {version}; nothing to do.</source>
        <translation>Workspace sudah pada skema versi {version}; tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="173"/>
        <source>Cannot read the project {path}: {reason}</source>
        <translation>Proyek {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/upgrade.py" line="58"/>
        <source>{path} is in the way of the copy of the old workspace; move it elsewhere and upgrade again.</source>
        <translation>{path} menghalangi salinan workspace lama; pindahkan berkas itu lalu perbarui lagi.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="233"/>
        <source>Too few households surveyed: proposal not yet certain</source>
        <translation>Terlalu sedikit KK disurvei: usulan belum pasti</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="332"/>
        <source>The open project has unsaved changes. Save them before opening the workspace?</source>
        <translation>Proyek yang terbuka punya perubahan yang belum disimpan. Simpan dulu sebelum membuka workspace?</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="49"/>
        <source>The open project uses this workspace. Close the project first, or upgrade the workspace from the menu CSIAP Planner → Open workspace…</source>
        <translation>Proyek yang terbuka memakai workspace ini. Tutup proyek itu dulu, atau perbarui workspace dari menu CSIAP Planner → Buka workspace…</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="423"/>
        <source>The workspace has new results: save this session, or undo its edits, then choose the level again to see them.</source>
        <translation>Workspace punya hasil baru: simpan sesi ini, atau batalkan suntingannya, lalu pilih tingkat lagi untuk melihatnya.</translation>
    </message>
    <message>
        <location filename="../workspace/upgrade.py" line="85"/>
        <source>{path} cannot be replaced ({reason}). Close the projects and programs using it, then upgrade again.</source>
        <translation>{path} tidak dapat diganti ({reason}). Tutup proyek dan program yang memakainya, lalu perbarui lagi.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="704"/>
        <source>higher is better</source>
        <translation>makin tinggi makin baik</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="704"/>
        <source>lower is better</source>
        <translation>makin rendah makin baik</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="21"/>
        <source>Import surrounding areas</source>
        <translation>Impor wilayah sekitar</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="24"/>
        <source>The other kelurahan of the kecamatan (or whatever areas surround the workspace&apos;s kelurahan), for the inset of the annex maps: the kelurahan is shown in its kecamatan, its neighbours named.

Give the field with the area&apos;s name; features of one name (the RW of one kelurahan) become one area. With a kecamatan field, the features of the kecamatan that covers most of the kelurahan are taken; without one, those within the distance. They replace the surrounding areas already there; nothing is analysed on them.</source>
        <translation>Kelurahan lain di kecamatan yang sama (atau wilayah apa pun di sekitar kelurahan workspace), untuk peta inset di lampiran: kelurahan ditampilkan di dalam kecamatannya, dengan nama tetangganya.

Pilih field nama wilayah; fitur dengan nama yang sama (RW dari satu kelurahan) digabung menjadi satu wilayah. Dengan field kecamatan, diambil fitur dari kecamatan yang paling banyak menutupi kelurahan; tanpa field itu, fitur dalam jarak yang ditentukan. Wilayah sekitar yang sudah ada diganti; tidak ada analisis pada wilayah ini.</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="34"/>
        <source>Kelurahan (or RW) polygons of the city or kecamatan</source>
        <translation>Poligon kelurahan (atau RW) kota atau kecamatan</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="36"/>
        <source>Area name field</source>
        <translation>Field nama wilayah</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="38"/>
        <source>Kecamatan field</source>
        <translation>Field kecamatan</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="40"/>
        <source>Without a kecamatan field: areas within</source>
        <translation>Tanpa field kecamatan: wilayah dalam jarak</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="44"/>
        <source>Surrounding areas stored</source>
        <translation>Wilayah sekitar yang disimpan</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="58"/>
        <source>{count} surrounding areas stored.</source>
        <translation>{count} wilayah sekitar disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/context.py" line="30"/>
        <source>The workspace has no kelurahan outline to place the surrounding areas around.</source>
        <translation>Workspace tidak punya batas kelurahan untuk menempatkan wilayah sekitar.</translation>
    </message>
    <message>
        <location filename="../workspace/context.py" line="59"/>
        <source>No feature of the layer overlaps the kelurahan: is it the right layer, in the right place?</source>
        <translation>Tidak ada fitur layer yang bertampalan dengan kelurahan: apakah layernya benar, dan di tempat yang benar?</translation>
    </message>
    <message>
        <location filename="../workspace/context.py" line="66"/>
        <source>No feature of the layer lies within {distance:g} m of the kelurahan.</source>
        <translation>Tidak ada fitur layer dalam jarak {distance:g} m dari kelurahan.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="36"/>
        <source>Ranks the feasible technical options of each location (from 'Screen technical options') with the scoring matrix of a rembuk or FGD, and saves it as a scoring session: forum, date, participants by gender, weights, every score and the ranking. Input layers are never changed.

Scores: a table with the columns location, option, criterion and value (a 1-5 score or a raw value such as a cost); without one, each location's starting values come from its own data: cost per household from the unit costs (fixed + per household × households + per metre × pipe length, the pipe estimated from area and density), land needed against land available, site suitability 0-1 (trapezoid functions per condition, multiplied; a condition without data lowers nothing), the health benefit of removing the place's own hazards; O&amp;M and acceptance stay catalogue defaults until the residents judge them. Each criterion is normalised min-max across the options of a location (reversed where lower is better) and weighted; a sentence says which criterion puts the first option above the second.

Weights: 'code=weight' pairs (e.g. cost=25; om=20), or an AHP pairwise matrix in the criteria's order (rows separated by ';', e.g. 1 3 5; 1/3 1 3; 1/5 1/3 1); the consistency ratio uses Saaty's random index and a CR of 0.10 or more is reported as inconsistent. Options with equal scores share a rank; the ranking lists which weight, moved by ±20 %, would change each option's rank.</source>
        <translation>Memberi peringkat opsi teknis yang layak di setiap lokasi (dari 'Saring opsi teknis') dengan matrik skoring rembuk atau FGD, lalu menyimpannya sebagai sesi skoring: forum, tanggal, peserta menurut jenis kelamin, bobot, setiap nilai dan peringkatnya. Layer masukan tidak pernah diubah.

Nilai: tabel dengan kolom location, option, criterion dan value (nilai 1-5 atau nilai asli seperti biaya); tanpa tabel itu, nilai awal setiap lokasi dihitung dari datanya sendiri: biaya per KK dari harga satuan (tetap + per KK × jumlah KK + per meter × panjang pipa, panjang pipa diperkirakan dari luas dan kepadatan), kebutuhan lahan dibanding lahan tersedia, kesesuaian lokasi 0-1 (fungsi trapesium per kondisi, dikalikan; kondisi tanpa data tidak menurunkan apa pun), manfaat kesehatan dari bahaya yang dihilangkan di tempat itu; O&amp;M dan penerimaan tetap nilai bawaan katalog sampai dinilai warga. Setiap kriteria dinormalisasi min-maks antar opsi di satu lokasi (dibalik bila makin kecil makin baik) lalu dibobot; satu kalimat menyebut kriteria yang menempatkan opsi pertama di atas opsi kedua.

Bobot: pasangan 'kode=bobot' (mis. cost=25; om=20), atau matriks perbandingan berpasangan AHP menurut urutan kriteria (baris dipisah ';', mis. 1 3 5; 1/3 1 3; 1/5 1/3 1); rasio konsistensi memakai indeks acak Saaty dan CR 0,10 atau lebih dilaporkan tidak konsisten. Opsi dengan nilai sama berbagi peringkat; peringkat mencantumkan bobot mana, bila digeser ±20 %, mengubah peringkat setiap opsi.</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="91"/>
        <source>households without adequate access ({count} households)</source>
        <translation>KK tanpa akses layak ({count} KK)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="92"/>
        <source>open defecation ({count} households)</source>
        <translation>BABS ({count} KK)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="93"/>
        <source>wells within 10 m of a septic tank ({count})</source>
        <translation>sumur kurang dari 10 m dari tangki septik ({count})</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="103"/>
        <source>Rp {per_household} per household: {units} unit(s) for {households} households, Rp {total} in all</source>
        <translation>Rp {per_household} per KK: {units} unit untuk {households} KK, seluruhnya Rp {total}</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="108"/>
        <source>, {metres} m of pipe (estimated from area and density)</source>
        <translation>, pipa {metres} m (perkiraan dari luas dan kepadatan)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="111"/>
        <source>Catalogue default: the workspace has no unit price for this option</source>
        <translation>Nilai bawaan katalog: workspace belum punya harga satuan untuk opsi ini</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="112"/>
        <source>Catalogue default: the number of households is not known</source>
        <translation>Nilai bawaan katalog: jumlah KK belum diketahui</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="113"/>
        <source>Catalogue default: households and land available are not known</source>
        <translation>Nilai bawaan katalog: jumlah KK dan lahan tersedia belum diketahui</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="114"/>
        <source>Catalogue default: no household survey here</source>
        <translation>Nilai bawaan katalog: belum ada survei rumah tangga di sini</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="117"/>
        <source>Needs {needed} m² of the {available} m² of land at the candidate site ({units} unit(s))</source>
        <translation>Perlu {needed} m² dari {available} m² lahan di lokasi usulan ({units} unit)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="117"/>
        <source>Needs {needed} m² of the {available} m² of land the RT/RW records itself; no candidate site records land ({units} unit(s))</source>
        <translation>Perlu {needed} m² dari {available} m² lahan tersedia yang dicatat RT/RW sendiri; tidak ada lokasi usulan yang mencatat luas lahan ({units} unit)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="124"/>
        <source>Needs {needed} m² for {households} households; no land available is recorded</source>
        <translation>Perlu {needed} m² untuk {households} KK; lahan tersedia belum dicatat</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="127"/>
        <source>Needs no shared land (on the household&apos;s own plot or in the street)</source>
        <translation>Tidak perlu lahan bersama (di kavling rumah sendiri atau di jalan)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="133"/>
        <source>not checked (no data, lowers nothing): {conditions}</source>
        <translation>belum diperiksa (tanpa data, tidak menurunkan nilai): {conditions}</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="135"/>
        <source>No site condition applies to this option</source>
        <translation>Tidak ada kondisi lokasi yang berlaku untuk opsi ini</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="138"/>
        <source>Removes here: {removed}</source>
        <translation>Menghilangkan di sini: {removed}</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="141"/>
        <source>leaves: {left}</source>
        <translation>tersisa: {left}</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="144"/>
        <source>No hazard found among the surveyed households</source>
        <translation>Tidak ditemukan bahaya pada KK yang disurvei</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="146"/>
        <source>belum dinilai warga (not yet judged by residents): catalogue default</source>
        <translation>belum dinilai warga: nilai bawaan katalog</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="170"/>
        <source>a lower cost per household (Rp {a} against Rp {b}) for {households} households</source>
        <translation>biaya per KK lebih rendah (Rp {a} lawan Rp {b}) untuk {households} KK</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="174"/>
        <source>less land needed ({a} against {b} m²)</source>
        <translation>kebutuhan lahan lebih kecil ({a} lawan {b} m²)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="179"/>
        <source>removing {hazards}</source>
        <translation>menghilangkan {hazards}</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="186"/>
        <source>the catalogue&apos;s default for {criterion} (not yet judged by residents)</source>
        <translation>nilai bawaan katalog untuk {criterion} (belum dinilai warga)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="207"/>
        <source>shallow groundwater ({value} m)</source>
        <translation>muka air tanah dangkal ({value} m)</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="207"/>
        <source>groundwater at {value} m</source>
        <translation>muka air tanah {value} m</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="210"/>
        <source>flooding</source>
        <translation>rawan banjir</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="211"/>
        <source>no flooding</source>
        <translation>tidak rawan banjir</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="212"/>
        <source>desludging-truck access</source>
        <translation>ada akses truk tinja</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="213"/>
        <source>no desludging-truck access</source>
        <translation>tidak ada akses truk tinja</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="215"/>
        <source>a slope of {value} %</source>
        <translation>kemiringan lahan {value} %</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="216"/>
        <source>water use of {value} L/person/day</source>
        <translation>pemakaian air {value} L/orang/hari</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="217"/>
        <source>a density of {value} persons/ha</source>
        <translation>kepadatan {value} jiwa/ha</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="218"/>
        <source>soil permeability of {value} cm/h</source>
        <translation>permeabilitas tanah {value} cm/jam</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="231"/>
        <source>{first} is the only option ranked here</source>
        <translation>{first} satu-satunya opsi yang diperingkat di sini</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="235"/>
        <source>{first} and {second} score the same here</source>
        <translation>{first} dan {second} bernilai sama di sini</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="239"/>
        <source>{first} above {second} because of {reasons}</source>
        <translation>{first} di atas {second} karena {reasons}</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="239"/>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <location filename="../processing/import_unit_costs.py" line="14"/>
        <source>Import unit costs (HSPK)</source>
        <translation>Impor harga satuan (HSPK)</translation>
    </message>
    <message>
        <location filename="../processing/import_unit_costs.py" line="17"/>
        <source>Reads the kota&apos;s or kabupaten&apos;s unit price list (HSPK), or the prices of a similar project&apos;s RAB, from a CSV or XLSX file into the workspace&apos;s unit costs, which give the starting cost per household of every option in the scoring matrix.

Columns (English or Indonesian names): option (the option code, e.g. ipal_komunal), item (uraian), unit (satuan: fixed / tetap per unit built, per KK, or per metre of pipe), price (harga, Rp: &apos;Rp 2.500.000&apos;, &apos;350.000&apos; and &apos;2500000&apos; all read), year (tahun), source (sumber) and assumption (asumsi: yes where the price is not from a published list).

The rows replace the unit costs of the options the list prices; the others stay. A row without a price, with a price that is not a number, or with an unknown option or unit is named with its reason, and nothing is imported until every row can be read.</source>
        <translation>Membaca daftar harga satuan kota atau kabupaten (HSPK), atau harga RAB proyek serupa, dari berkas CSV atau XLSX ke harga satuan workspace, yang menjadi dasar biaya awal per KK setiap opsi dalam matrik skoring.

Kolom (nama Inggris atau Indonesia): option/opsi (kode opsi, mis. ipal_komunal), item/uraian, unit/satuan (fixed/tetap per unit bangunan, per KK, atau per meter pipa), price/harga (Rp: 'Rp 2.500.000', '350.000' dan '2500000' semuanya terbaca), year/tahun, source/sumber dan assumption/asumsi (ya bila harga bukan dari daftar resmi).

Baris-baris ini menggantikan harga satuan opsi yang diberi harga dalam daftar; opsi lain tetap. Baris tanpa harga, dengan harga yang bukan angka, atau dengan opsi atau satuan yang tidak dikenal disebutkan beserta alasannya, dan tidak ada yang diimpor sampai semua baris dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../processing/import_unit_costs.py" line="31"/>
        <source>Price list (CSV or XLSX)</source>
        <translation>Daftar harga (CSV atau XLSX)</translation>
    </message>
    <message>
        <location filename="../processing/import_unit_costs.py" line="34"/>
        <source>Unit costs stored</source>
        <translation>Harga satuan yang disimpan</translation>
    </message>
    <message>
        <location filename="../processing/import_unit_costs.py" line="42"/>
        <source>{count} unit costs stored.</source>
        <translation>{count} harga satuan disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="110"/>
        <source>The price list lacks the columns: {columns}.</source>
        <translation>Daftar harga tidak memiliki kolom: {columns}.</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="121"/>
        <source>Nothing was imported; correct these rows of the price list:</source>
        <translation>Tidak ada yang diimpor; perbaiki baris daftar harga berikut:</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="124"/>
        <source>The price list has no rows.</source>
        <translation>Daftar harga tidak berisi baris.</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="138"/>
        <source>the option {value!r} is not in the catalogue</source>
        <translation>opsi {value!r} tidak ada dalam katalog</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="139"/>
        <source>the unit {value!r} is not fixed, per KK or per metre</source>
        <translation>satuan {value!r} bukan tetap, per KK atau per meter</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="140"/>
        <source>it has no price</source>
        <translation>tidak ada harganya</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="141"/>
        <source>the price {value!r} is not a number</source>
        <translation>harga {value!r} bukan angka</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="142"/>
        <source>the price {value} is below zero</source>
        <translation>harga {value} kurang dari nol</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="143"/>
        <source>the year {value!r} is not a year</source>
        <translation>tahun {value!r} bukan tahun</translation>
    </message>
    <message>
        <location filename="../workspace/options.py" line="145"/>
        <source>Row {row} ({item}): {reason}</source>
        <translation>Baris {row} ({item}): {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/starting.py" line="94"/>
        <source>faecal contamination when it floods</source>
        <translation>pencemaran tinja saat banjir</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="44"/>
        <source>e.g. Kelompok perempuan RT 003</source>
        <translation>mis. Kelompok perempuan RT 003</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="51"/>
        <source>— (mixed)</source>
        <translation>— (campuran)</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="68"/>
        <source>Participant or group</source>
        <translation>Peserta atau kelompok</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="68"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="68"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="59"/>
        <source>Add participant</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="61"/>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="78"/>
        <source>Weights of women and men</source>
        <translation>Bobot perempuan dan laki-laki</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="84"/>
        <source>Choose a participant under 'Inputs of' to type its weights, pairwise comparisons and 1-5 scores. The ranking uses them all: pairwise matrices put together by their element-wise geometric mean (Aczél &amp; Saaty 1983), typed weights by their mean; each cell's score is the median of those who scored it, because one loud participant cannot pull a median away and it stays on the 1-5 scale. Consensus: Goepel's AHP consensus indicator (0 % none, 100 % all agree).</source>
        <translation>Pilih peserta di 'Masukan dari' untuk mengisi bobotnya, perbandingan berpasangannya dan nilai 1-5-nya. Peringkat memakai semuanya: matriks perbandingan digabung dengan rata-rata geometrik per sel (Aczél &amp; Saaty 1983), bobot langsung dengan rata-ratanya; nilai tiap sel adalah median dari yang menilainya, karena satu peserta yang paling keras tidak bisa menarik median dan median tetap pada skala 1-5. Konsensus: indikator konsensus AHP Goepel (0 % tidak ada, 100 % semua sepakat).</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="122"/>
        <source>Inconsistent (CR ≥ {limit}): revisit this group's comparisons.</source>
        <translation>Tidak konsisten (CR ≥ {limit}): tinjau lagi perbandingan kelompok ini.</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="126"/>
        <source>Consensus: needs the weights of two participants or more.</source>
        <translation>Konsensus: perlu bobot dari dua peserta atau lebih.</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="128"/>
        <source>Consensus (Goepel): {percent} % among {count} participants.</source>
        <translation>Konsensus (Goepel): {percent} % di antara {count} peserta.</translation>
    </message>
    <message>
        <location filename="../plugin/participants_panel.py" line="131"/>
        <source>Inconsistent (CR ≥ {limit}): {names}.</source>
        <translation>Tidak konsisten (CR ≥ {limit}): {names}.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="185"/>
        <source>assumption</source>
        <translation>asumsi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="241"/>
        <source>Search: RW 2, RT 1…</source>
        <translation>Cari: RW 2, RT 1…</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="258"/>
        <source>Inputs of</source>
        <translation>Masukan dari</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="262"/>
        <source>Matrix and ranking</source>
        <translation>Matriks dan peringkat</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="263"/>
        <source>Weights</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="267"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="268"/>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="414"/>
        <source>No workspace is open: open a workspace's project (CSIAP Planner → Open workspace…) or create one (CSIAP Planner → Create workspace…).</source>
        <translation>Belum ada workspace yang terbuka: buka proyek sebuah workspace (CSIAP Planner → Buka workspace…) atau buat baru (CSIAP Planner → Buat workspace…).</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="487"/>
        <source>{count} locations</source>
        <translation>{count} lokasi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="547"/>
        <source>No location matches &apos;{text}&apos;.</source>
        <translation>Tidak ada lokasi yang cocok dengan '{text}'.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="552"/>
        <source>Shared matrix (facilitator)</source>
        <translation>Matriks bersama (fasilitator)</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="594"/>
        <source>Empty: this group has not scored it; the shared value is {value}.</source>
        <translation>Kosong: kelompok ini belum menilainya; nilai bersama adalah {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="595"/>
        <source>Median of the scores of {count} participants ({values}): change them under &apos;Inputs of&apos;.</source>
        <translation>Median nilai dari {count} peserta ({values}): ubah di 'Masukan dari'.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="622"/>
        <source>Scores of {holder} (1-5 or raw value; empty: not scored)</source>
        <translation>Nilai dari {holder} (1-5 atau nilai asli; kosong: belum dinilai)</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="648"/>
        <source>Catalogue starting value: {source}. Not yet judged by the community.</source>
        <translation>Nilai awal dari katalog: {source}. Belum dinilai warga.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="655"/>
        <source>excluded</source>
        <translation>tidak memenuhi syarat</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="656"/>
        <source>{location}: no technical option can be built here. {reasons}</source>
        <translation>{location}: tidak ada opsi teknis yang bisa dibangun di sini. {reasons}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="775"/>
        <source>A pairwise judgement goes from 1/9 to 9 ({first} × {second}).</source>
        <translation>Penilaian berpasangan berkisar dari 1/9 sampai 9 ({first} × {second}).</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="780"/>
        <source>Every option needs a value: type one, or undo.</source>
        <translation>Setiap opsi perlu nilai: ketik satu nilai, atau batalkan.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="784"/>
        <source>{criterion}: a value cannot be negative.</source>
        <translation>{criterion}: nilai tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="788"/>
        <source>{option}, {criterion}: a score goes from 1 to 5, not {value}.</source>
        <translation>{option}, {criterion}: nilai berkisar dari 1 sampai 5, bukan {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="840"/>
        <source>Give the participant or group a name.</source>
        <translation>Beri nama peserta atau kelompoknya.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="843"/>
        <source>&apos;{name}&apos; is already in this session.</source>
        <translation>'{name}' sudah ada di sesi ini.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="859"/>
        <source>Add {name}</source>
        <translation>Tambah {name}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="879"/>
        <source>Remove {name}</source>
        <translation>Hapus {name}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="899"/>
        <source>CR = {cr}</source>
        <translation>CR = {cr}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="901"/>
        <source>inconsistent (≥ {limit}): revisit the comparisons</source>
        <translation>tidak konsisten (≥ {limit}): tinjau lagi perbandingannya</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="911"/>
        <source>Total of the weights: 100.</source>
        <translation>Jumlah bobot: 100.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="914"/>
        <source>Total of the weights: {total}, not 100. That is fine: each weight counts as its share of the total ({criterion}: {weight} of {total} = {share} %).</source>
        <translation>Jumlah bobot: {total}, bukan 100. Tidak apa-apa: setiap bobot dihitung sebagai bagiannya dari jumlah ({criterion}: {weight} dari {total} = {share} %).</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="921"/>
        <source>Total of the weights: 0. Give at least one criterion a weight.</source>
        <translation>Jumlah bobot: 0. Beri bobot pada sedikitnya satu kriteria.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="985"/>
        <source>Nothing to save: run &apos;Screen technical options&apos; first.</source>
        <translation>Belum ada yang bisa disimpan: jalankan dulu 'Saring opsi teknis'.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="52"/>
        <source>Participants (optional): a table of each participant's or group's own inputs, one value a row, with the columns participant, gender (f/m), group, kind (weight, pairwise or score), location, option, criterion, criterion_2 (pairwise: compared with) and value. Numbers may be written as Indonesians write them (350.000, Rp 2.500.000, 4,5). Pairwise matrices are put together by their element-wise geometric mean (Aczél &amp; Saaty 1983), typed weights by their mean; scores by their median, which one loud participant cannot pull away and which stays on the 1-5 scale. Each participant's consistency ratio, Goepel's consensus and the weights of women and men are reported, and every input is saved with the session. A bad row (text for a number, a matrix that is not reciprocal, a score outside 1-5) stops the run and nothing is saved.</source>
        <translation>Peserta (opsional): tabel masukan tiap peserta atau kelompok, satu nilai per baris, dengan kolom participant, gender (f/m), group, kind (weight, pairwise atau score), location, option, criterion, criterion_2 (perbandingan: dibandingkan dengan) dan value. Angka boleh ditulis cara Indonesia (350.000, Rp 2.500.000, 4,5). Matriks perbandingan berpasangan digabung dengan rata-rata geometrik per sel (Aczél &amp; Saaty 1983), bobot langsung dengan rata-ratanya; nilai opsi dengan mediannya, yang tidak bisa ditarik oleh satu peserta yang paling keras dan tetap pada skala 1-5. Rasio konsistensi tiap peserta, konsensus Goepel serta bobot perempuan dan laki-laki dilaporkan, dan setiap masukan disimpan bersama sesinya. Baris yang salah (teks sebagai angka, matriks yang tidak resiprokal, nilai di luar 1-5) menghentikan proses dan tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="69"/>
        <source>Participants' inputs (participant, gender, group, kind, …, value)</source>
        <translation>Masukan peserta (participant, gender, group, kind, …, value)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="189"/>
        <source>Scores table, row {row} ({location}, {option}, {criterion}): &apos;{value}&apos; is not a number.</source>
        <translation>Tabel nilai, baris {row} ({location}, {option}, {criterion}): '{value}' bukan angka.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="45"/>
        <source>A participant or group has no name ({cell}).</source>
        <translation>Ada peserta atau kelompok tanpa nama ({cell}).</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="46"/>
        <source>Two participants are called &apos;{participant}&apos;: give each its own name.</source>
        <translation>Dua peserta bernama '{participant}': beri masing-masing nama sendiri.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="47"/>
        <source>{participant}, row {cell}: &apos;{value}&apos; is not weight, pairwise or score.</source>
        <translation>{participant}, baris {cell}: '{value}' bukan weight, pairwise atau score.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="48"/>
        <source>{participant}, row {cell}: &apos;{value}&apos; is not a gender (f, m, perempuan, laki-laki).</source>
        <translation>{participant}, baris {cell}: '{value}' bukan jenis kelamin (f, m, perempuan, laki-laki).</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="50"/>
        <source>{participant}, row {cell}: &apos;{value}&apos; is not a group of the list.</source>
        <translation>{participant}, baris {cell}: '{value}' tidak ada dalam daftar kelompok.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="52"/>
        <source>{participant}, {cell}: &apos;{value}&apos; is not a criterion of the workspace.</source>
        <translation>{participant}, {cell}: '{value}' bukan kriteria di workspace ini.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="53"/>
        <source>{participant}, row {cell}: &apos;{value}&apos; is not a number.</source>
        <translation>{participant}, baris {cell}: '{value}' bukan angka.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="54"/>
        <source>{participant}: the pairwise matrix must have one row and one column per criterion ({cell}).</source>
        <translation>{participant}: matriks perbandingan harus punya satu baris dan satu kolom per kriteria ({cell}).</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="56"/>
        <source>{participant}, pairwise cell {cell}: {value} is not a judgement from 1/9 to 9.</source>
        <translation>{participant}, sel perbandingan {cell}: {value} bukan penilaian antara 1/9 dan 9.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="58"/>
        <source>{participant}, pairwise cell {cell}: a criterion compared with itself is 1, not {value}.</source>
        <translation>{participant}, sel perbandingan {cell}: kriteria yang dibandingkan dengan dirinya sendiri bernilai 1, bukan {value}.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="60"/>
        <source>{participant}, pairwise cell {cell}: the matrix is not reciprocal ({value} should be 1): the opposite cell must be 1 divided by this one.</source>
        <translation>{participant}, sel perbandingan {cell}: matriks tidak resiprokal ({value} seharusnya 1): sel seberangnya harus 1 dibagi nilai sel ini.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="62"/>
        <source>{participant}, weight of {cell}: {value} is not a weight (0 or more).</source>
        <translation>{participant}, bobot {cell}: {value} bukan bobot (0 atau lebih).</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="63"/>
        <source>{participant}: the weights add up to zero.</source>
        <translation>{participant}: jumlah bobotnya nol.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="64"/>
        <source>{participant}, score {cell}: {value} is outside 1-5.</source>
        <translation>{participant}, nilai {cell}: {value} di luar 1-5.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="65"/>
        <source>{participant}, value {cell}: {value} cannot be negative.</source>
        <translation>{participant}, nilai {cell}: {value} tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="90"/>
        <source>{participant}: CR = {cr}</source>
        <translation>{participant}: CR = {cr}</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="93"/>
        <source>Inconsistent pairwise comparisons (CR ≥ 0.10): {names}.</source>
        <translation>Perbandingan berpasangan tidak konsisten (CR ≥ 0,10): {names}.</translation>
    </message>
    <message>
        <location filename="../workspace/participants.py" line="96"/>
        <source>Consensus (Goepel): {percent} %</source>
        <translation>Konsensus (Goepel): {percent} %</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="169"/>
        <source>A file could not be read or written: {reason}</source>
        <translation>Sebuah berkas tidak dapat dibaca atau ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="38"/>
        <source>Replace an existing workspace (its files are kept as a dated backup)</source>
        <translation>Ganti workspace yang sudah ada (berkasnya disimpan sebagai cadangan bertanggal)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="37"/>
        <source>Imports RW or RT polygons from any vector layer (shapefile, GeoPackage, GeoJSON, KML) into a workspace: codes such as &apos;RW 03&apos;, &apos;03&apos; and &apos;3&apos; are read as the same RW; a kelurahan can be taken out of a city-wide layer by its name (case, spacing and &apos;Kelurahan&apos;/&apos;Kel.&apos; ignored); geometries are reprojected and repaired.

Every defect is reported per feature: empty or unreadable codes, a code used twice in one kelurahan (its polygons are merged), invalid geometries (repaired, or rejected when nothing is left), an RT outside its RW, overlaps and gaps between neighbours above the tolerance, areas outside the kelurahan. Rejected features are kept in their own layer with the reason; input features = imported + rejected + left out by the kelurahan filter. Features wholly outside the workspace&apos;s kelurahan are rejected, never merged in; with a kecamatan field, a kelurahan is taken from its own kecamatan only (two kelurahan of one name are never merged).

With &apos;Only check&apos; nothing is written: use it on a whole city&apos;s layer before choosing what to import.</source>
        <translation>Mengimpor poligon RW atau RT dari layer vektor apa pun (shapefile, GeoPackage, GeoJSON, KML) ke workspace: nomor seperti 'RW 03', '03' dan '3' dibaca sebagai RW yang sama; satu kelurahan dapat diambil dari layer se-kota menurut namanya (huruf besar/kecil, spasi dan awalan 'Kelurahan'/'Kel.' diabaikan); geometri diproyeksikan ulang dan diperbaiki.

Setiap cacat dilaporkan per fitur: nomor kosong atau tidak terbaca, nomor yang dipakai dua kali dalam satu kelurahan (poligonnya digabung), geometri tidak valid (diperbaiki, atau ditolak bila tidak ada yang tersisa), RT di luar RW-nya, tumpang tindih dan celah antartetangga di atas toleransi, wilayah di luar kelurahan. Fitur yang ditolak disimpan di layer tersendiri beserta alasannya; fitur masukan = diimpor + ditolak + tidak diambil oleh filter kelurahan. Fitur yang seluruhnya di luar kelurahan workspace ditolak, tidak pernah digabungkan; dengan field kecamatan, kelurahan hanya diambil dari kecamatannya sendiri (dua kelurahan bernama sama tidak pernah digabung).

Dengan 'Hanya periksa' tidak ada yang ditulis: gunakan pada layer se-kota sebelum memilih apa yang diimpor.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="58"/>
        <source>Field with the kecamatan name</source>
        <translation>Field berisi nama kecamatan</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="72"/>
        <source>Of this kecamatan (default: the workspace&apos;s, where a kecamatan field is given)</source>
        <translation>Dari kecamatan ini (bawaan: kecamatan workspace, bila field kecamatan diisi)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="93"/>
        <source>Notes on the layer</source>
        <translation>Catatan tentang layer</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="126"/>
        <source>The layer {name} lies outside the range of longitude and latitude (its centre is at {x:.1f}, {y:.1f} in {crs}): is its CRS right? Set the right one in the layer&apos;s properties.</source>
        <translation>Layer {name} berada di luar rentang bujur dan lintang (titik tengahnya di {x:.1f}, {y:.1f} dalam {crs}): apakah CRS-nya benar? Tetapkan CRS yang benar di properti layer.</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="30"/>
        <source>Imports household, problem or facility survey rows into a workspace from CSV (any delimiter, UTF-8 or Latin-1, decimal comma), XLSX, GeoJSON, GeoPackage or any vector file, including KoboToolbox and ODK exports of the CSIAP household form: columns are found by their field names (also inside groups), coordinates from latitude/longitude, geopoint or _geolocation columns, and answers may be codes or labels in Indonesian or English.

Rows without coordinates, at (0, 0), with latitude and longitude swapped, outside Indonesia or outside the kelurahan are rejected with the reason; an answer outside its list or range is left empty and noted. Rows are matched by their ID (uuid, Kobo&apos;s root uuid, ODK&apos;s instanceID following deprecatedID edits; without one, an ID made from the row&apos;s answers), so importing the same export again updates them instead of adding them twice; of one ID twice in a file the later row, the edit, wins. Columns no field takes are listed with the mapping that would take them. Coordinates in metres (UTM) need their CRS, in the advanced parameters.

Field mapping, where the columns have other names: field=column pairs separated by &apos;;&apos;, e.g. members=jumlah_jiwa; toilet_access=q5.</source>
        <translation>Mengimpor baris survei rumah tangga, masalah atau fasilitas ke workspace dari CSV (pemisah apa pun, UTF-8 atau Latin-1, desimal koma), XLSX, GeoJSON, GeoPackage atau berkas vektor lain, termasuk ekspor KoboToolbox dan ODK dari formulir rumah tangga CSIAP: kolom dikenali dari nama field-nya (juga di dalam grup), koordinat dari kolom lintang/bujur, geopoint atau _geolocation, dan jawaban boleh berupa kode atau label dalam bahasa Indonesia atau Inggris.

Baris tanpa koordinat, di (0, 0), dengan lintang dan bujur tertukar, di luar Indonesia atau di luar kelurahan ditolak beserta alasannya; jawaban di luar daftar atau rentang dikosongkan dan dicatat. Baris dicocokkan menurut ID-nya (uuid, root uuid Kobo, instanceID ODK mengikuti suntingan deprecatedID; bila tidak ada, ID yang dibuat dari jawaban baris), sehingga mengimpor ekspor yang sama lagi akan memperbarui baris, bukan menggandakannya; bila satu ID muncul dua kali dalam berkas, baris yang lebih baru (suntingannya) yang dipakai. Kolom yang tidak diambil field mana pun didaftar beserta pemetaan yang akan mengambilnya. Koordinat dalam meter (UTM) memerlukan CRS-nya, di parameter lanjutan.

Pemetaan kolom, bila nama kolom berbeda: pasangan field=kolom dipisah ';', mis. members=jumlah_jiwa; toilet_access=q5.</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="56"/>
        <source>CRS of the coordinate columns (empty: WGS 84 degrees)</source>
        <translation>CRS kolom koordinat (kosong: derajat WGS 84)</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="66"/>
        <source>Notes on the file</source>
        <translation>Catatan tentang berkas</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="292"/>
        <source>{path} already exists. A workspace is not replaced unless you tick &apos;Replace an existing workspace&apos; (OVERWRITE); its files are then kept as a dated backup.</source>
        <translation>{path} sudah ada. Workspace tidak diganti kecuali Anda mencentang 'Ganti workspace yang sudah ada' (OVERWRITE); berkasnya lalu disimpan sebagai cadangan bertanggal.</translation>
    </message>
    <message>
        <location filename="../workspace/publish.py" line="299"/>
        <source>The replaced file is kept as {path}</source>
        <translation>Berkas yang diganti disimpan sebagai {path}</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="362"/>
        <source>{path} cannot be replaced ({reason}). Close the projects and programs using it, then try again.</source>
        <translation>{path} tidak dapat diganti ({reason}). Tutup proyek dan program yang memakainya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="221"/>
        <source>The layer {name} is empty: it has no features to import.</source>
        <translation>Layer {name} kosong: tidak ada fitur untuk diimpor.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="119"/>
        <source>The layer {name} holds {kind} geometries, not polygons: boundaries (RW, RT, kelurahan) must be polygons (lines can become polygons with QGIS&apos;s &apos;Lines to polygons&apos;; a geometry collection can be split with &apos;Multipart to singleparts&apos; and its polygons kept).</source>
        <translation>Layer {name} berisi geometri {kind}, bukan poligon: batas (RW, RT, kelurahan) harus berupa poligon (garis dapat dijadikan poligon dengan 'Lines to polygons' di QGIS; kumpulan geometri dapat dipecah dengan 'Multipart to singleparts' lalu poligonnya disimpan).</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="127"/>
        <source>The layer {layer} has no field &apos;{field}&apos; ({parameter}). Its fields are: {fields}.</source>
        <translation>Layer {layer} tidak memiliki field '{field}' ({parameter}). Field-nya adalah: {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="132"/>
        <source>The layer {name} has no CRS (a shapefile without its .prj file?), so where its polygons lie is unknown. Set its CRS first (layer properties, or &apos;Assign projection&apos;), then import it.</source>
        <translation>Layer {name} tidak memiliki CRS (shapefile tanpa berkas .prj?), sehingga letak poligonnya tidak diketahui. Tetapkan CRS-nya dahulu (properti layer, atau 'Assign projection'), lalu impor.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="225"/>
        <source>The layer has Z or M values: they were dropped, the boundaries are stored in 2D.</source>
        <translation>Layer memiliki nilai Z atau M: nilai itu dibuang, batas disimpan dalam 2D.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="228"/>
        <source>The workspace has no kelurahan outline: features were not checked to lie inside the kelurahan.</source>
        <translation>Workspace tidak memiliki batas kelurahan: fitur tidak diperiksa apakah berada di dalam kelurahan.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="240"/>
        <source>Give the field with the RW/RT number (CODE_FIELD). The layer&apos;s fields are: {fields}.</source>
        <translation>Sebutkan field berisi nomor RW/RT (CODE_FIELD). Field layer ini: {fields}.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="251"/>
        <source>There is a kelurahan {kelurahan} in {count} kecamatan ({kecamatan}): give the kecamatan to take (KECAMATAN).</source>
        <translation>Ada kelurahan {kelurahan} di {count} kecamatan ({kecamatan}): sebutkan kecamatan yang diambil (KECAMATAN).</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="262"/>
        <source>Nothing to import: no feature has the kelurahan &apos;{wanted}&apos; in the field {field}. Closest names found: {names}.</source>
        <translation>Tidak ada yang diimpor: tidak ada fitur dengan kelurahan '{wanted}' di field {field}. Nama terdekat yang ditemukan: {names}.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="267"/>
        <source>The field holds OSM tags (key=&gt;value): run QGIS&apos;s &apos;Explode HStore Field&apos; and choose the field with the name.</source>
        <translation>Field ini berisi tag OSM (key=&gt;value): jalankan 'Explode HStore Field' di QGIS lalu pilih field yang berisi nama.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="277"/>
        <source>RT of RW {codes} stay in the workspace, but the new RW layer has no RW of that number: import the RT again, or check the RW numbers.</source>
        <translation>RT dari RW {codes} tetap ada di workspace, tetapi layer RW yang baru tidak memiliki RW dengan nomor itu: impor ulang RT, atau periksa nomor RW.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="306"/>
        <source>{kind}, not a polygon</source>
        <translation>{kind}, bukan poligon</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="322"/>
        <source>wholly outside the kelurahan boundary</source>
        <translation>seluruhnya di luar batas kelurahan</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="403"/>
        <source>{level} {code}: its polygons lie up to {distance:.0f} m apart and were merged into one: are they two kelurahan of one name in different kecamatan? Give the kecamatan field and the kecamatan.</source>
        <translation>{level} {code}: poligonnya berjarak hingga {distance:.0f} m dan digabung menjadi satu: apakah ini dua kelurahan bernama sama di kecamatan berbeda? Sebutkan field kecamatan dan kecamatannya.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="504"/>
        <source>The kelurahan outline was made from {count} features of the boundary layer, {area:.0f} ha in all: is it a whole city&apos;s layer? Keep only the kelurahan&apos;s feature (select it, or filter the layer) and create the workspace again.</source>
        <translation>Batas kelurahan dibuat dari {count} fitur layer batas, seluruhnya {area:.0f} ha: apakah ini layer satu kota? Ambil hanya fitur kelurahan tersebut (pilih, atau saring layer) lalu buat workspace lagi.</translation>
    </message>
    <message>
        <location filename="../workspace/context.py" line="50"/>
        <source>The layer {name} has no polygons: nothing to place around the kelurahan.</source>
        <translation>Layer {name} tidak memiliki poligon: tidak ada yang dapat ditempatkan di sekitar kelurahan.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="385"/>
        <source>The workspace {path} is in use by another program (QGIS drawing or editing its layers, or another algorithm writing to it); waited {seconds} s. Nothing was changed. Save or close it there and try again.</source>
        <translation>Workspace {path} sedang dipakai program lain (QGIS yang menggambar atau menyunting layernya, atau algoritma lain yang sedang menulis); sudah ditunggu {seconds} detik. Tidak ada yang diubah. Simpan atau tutup di sana, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="390"/>
        <source>The disk holding {path} is full. Nothing was changed. Free some space and try again.</source>
        <translation>Disk tempat {path} penuh. Tidak ada yang diubah. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="393"/>
        <source>The workspace {path} is read-only; nothing can be written to it. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>Workspace {path} hanya-baca; tidak ada yang dapat ditulis ke dalamnya. Salin ke folder yang dapat Anda tulisi, atau minta hak tulis.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="285"/>
        <source>The workspace {path} cannot be read or written: {reason}. Nothing was changed.</source>
        <translation>Workspace {path} tidak dapat dibaca atau ditulis: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="403"/>
        <source>The workspace {path} is damaged ({reason}); nothing was written to it. Use a backup copy (name.backup-….gpkg, name.schema1.gpkg) or a copy from a field tablet.</source>
        <translation>Workspace {path} rusak ({reason}); tidak ada yang ditulis ke dalamnya. Pakai salinan cadangan (nama.backup-….gpkg, nama.schema1.gpkg) atau salinan dari tablet lapangan.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="630"/>
        <source>{path}: the schema_version table holds {value!r}, not a version number. Was the file edited by hand? Put the number back (for example 2) or use a copy.</source>
        <translation>{path}: tabel schema_version berisi {value!r}, bukan nomor versi. Apakah berkas disunting secara manual? Kembalikan nomornya (misalnya 2) atau pakai salinan.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="121"/>
        <source>{path} is not a CSV text file but a {kind} file: give it its own extension (.xlsx, .gpkg …) or save it as CSV.</source>
        <translation>{path} bukan berkas teks CSV melainkan berkas {kind}: beri ekstensi yang sesuai (.xlsx, .gpkg …) atau simpan sebagai CSV.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="129"/>
        <source>{path} is not a CSV text file: it holds binary data (zero bytes). Save the survey as CSV (UTF-8) or XLSX.</source>
        <translation>{path} bukan berkas teks CSV: berisi data biner (byte nol). Simpan survei sebagai CSV (UTF-8) atau XLSX.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="165"/>
        <source>{path}: a cell starting near line {line} is longer than 128 KiB. Usually a quote (&quot;) opens a cell and is never closed, so the rest of the file runs into it: check that line.</source>
        <translation>{path}: sebuah sel yang dimulai dekat baris {line} lebih panjang dari 128 KiB. Biasanya tanda kutip (&quot;) membuka sel dan tidak pernah ditutup, sehingga sisa berkas masuk ke sel itu: periksa baris tersebut.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="169"/>
        <source>{path}: line {line} cannot be read as CSV ({reason}).</source>
        <translation>{path}: baris {line} tidak dapat dibaca sebagai CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="179"/>
        <source>{count} rows are not UTF-8 and were read as Windows-1252 (rows {rows}, counted without the header): check their accented letters.</source>
        <translation>{count} baris bukan UTF-8 dan dibaca sebagai Windows-1252 (baris {rows}, dihitung tanpa baris judul): periksa huruf beraksennya.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="203"/>
        <source>{path}: the column &apos;{column}&apos; appears twice (columns {first} and {second}), so which one to import is unclear: rename or delete one.</source>
        <translation>{path}: kolom '{column}' muncul dua kali (kolom {first} dan {second}), sehingga tidak jelas mana yang diimpor: ganti nama atau hapus salah satunya.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="225"/>
        <source>The header row is separated by &apos;{header}&apos; but the rows by &apos;{rows}&apos;: save the file again with one delimiter.</source>
        <translation>Baris judul dipisahkan dengan '{header}' tetapi baris data dengan '{rows}': simpan ulang berkas dengan satu pemisah.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="271"/>
        <source>{path} has no layer or sheet named {name}.</source>
        <translation>{path} tidak memiliki layer atau sheet bernama {name}.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="290"/>
        <source>The column names were found on row {row} of the sheet &apos;{sheet}&apos;.</source>
        <translation>Nama kolom ditemukan pada baris {row} di sheet '{sheet}'.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="410"/>
        <source>The file has the sheets {sheets}: give the one with the rows as &apos;file.xlsx|layername=SHEET&apos;.</source>
        <translation>Berkas ini memiliki sheet {sheets}: sebutkan sheet yang berisi data sebagai 'berkas.xlsx|layername=SHEET'.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="415"/>
        <source>The workspace has no kelurahan outline: rows were not checked to lie inside the kelurahan.</source>
        <translation>Workspace tidak memiliki batas kelurahan: baris tidak diperiksa apakah berada di dalam kelurahan.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="455"/>
        <source>The field mapping names fields that {layer} does not have: {names}. Its fields are: {known}.</source>
        <translation>Pemetaan kolom menyebut field yang tidak ada di {layer}: {names}. Field-nya adalah: {known}.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="461"/>
        <source>The survey file has no columns {missing}. Its columns are: {columns}.</source>
        <translation>Berkas survei tidak memiliki kolom {missing}. Kolomnya adalah: {columns}.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="471"/>
        <source>Columns not imported (no field of {layer} has their name): {columns}.</source>
        <translation>Kolom yang tidak diimpor (tidak ada field {layer} dengan nama itu): {columns}.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="474"/>
        <source>To import them, give the field mapping: {mapping}</source>
        <translation>Untuk mengimpornya, isi pemetaan kolom: {mapping}</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="496"/>
        <source>{count} rows have no ID (uuid): each was given one made from its answers, the same on every import of the same row.</source>
        <translation>{count} baris tidak memiliki ID (uuid): masing-masing diberi ID yang dibuat dari jawabannya, sama pada setiap impor baris yang sama.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="521"/>
        <source>{key}: row {winner} has the same ID and is imported instead, as the later edit</source>
        <translation>{key}: baris {winner} memiliki ID yang sama dan diimpor sebagai gantinya, karena merupakan suntingan yang lebih baru</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="604"/>
        <source>x {x:.0f}, y {y:.0f}: these look like metres, not degrees: {crs}?</source>
        <translation>x {x:.0f}, y {y:.0f}: tampaknya dalam meter, bukan derajat: {crs}?</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="619"/>
        <source>The coordinates look like metres, not degrees (row {row}: x {x:.0f}, y {y:.0f}), most likely {crs}. Choose that CRS as the &apos;CRS of the coordinate columns&apos;, or export the survey in WGS 84 degrees.</source>
        <translation>Koordinat tampaknya dalam meter, bukan derajat (baris {row}: x {x:.0f}, y {y:.0f}), kemungkinan besar {crs}. Pilih CRS tersebut sebagai 'CRS kolom koordinat', atau ekspor survei dalam derajat WGS 84.</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="180"/>
        <source>it was not written</source>
        <translation>berkas tidak tertulis</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="278"/>
        <source>The CSIAP annex is written to {folder}.</source>
        <translation>Lampiran CSIAP sudah ditulis ke {folder}.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="280"/>
        <source>Open the PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="282"/>
        <source>Open the folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../plugin/problems_dock.py" line="161"/>
        <source>No problem matches the chosen category and season.</source>
        <translation>Tidak ada masalah yang sesuai dengan kategori dan musim yang dipilih.</translation>
    </message>
    <message>
        <location filename="../plugin/problems_dock.py" line="161"/>
        <source>No problem has been recorded in this workspace yet.</source>
        <translation>Belum ada masalah yang dicatat di workspace ini.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="102"/>
        <source>Meetings</source>
        <translation>Rembuk</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="102"/>
        <source>Venn</source>
        <translation>Venn</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="102"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="168"/>
        <source>Nothing was saved: no workspace is open. Open a workspace project, or create a workspace.</source>
        <translation>Tidak ada yang disimpan: belum ada workspace yang terbuka. Buka proyek sebuah workspace, atau buat workspace.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="193"/>
        <source>Tick an activity when it is done; double-click a date to type it (2026-12-01, 1/12/2026 or 1 Des 2026).</source>
        <translation>Centang kegiatan yang sudah selesai; klik dua kali pada tanggal untuk mengetiknya (2026-12-01, 1/12/2026 atau 1 Des 2026).</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="315"/>
        <source>{activity}: &quot;{text}&quot; is not a date; type it as 2026-12-01, 1/12/2026 or 1 Des 2026. The date was not changed.</source>
        <translation>{activity}: &quot;{text}&quot; bukan tanggal; ketik seperti 2026-12-01, 1/12/2026 atau 1 Des 2026. Tanggal tidak diubah.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="367"/>
        <source>Women / men</source>
        <translation>Perempuan / laki-laki</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="405"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="407"/>
        <source>Save meeting</source>
        <translation>Simpan rembuk</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="409"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="525"/>
        <source>Meeting saved.</source>
        <translation>Rembuk disimpan.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="525"/>
        <source>Meeting kept in the layer&apos;s unsaved edits: save the layer to store it.</source>
        <translation>Rembuk masuk ke suntingan layer yang belum disimpan: simpan layer untuk menyimpannya.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="544"/>
        <source>Meeting deleted.</source>
        <translation>Rembuk dihapus.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="556"/>
        <source>The meeting could not be saved: {reason}</source>
        <translation>Rembuk tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="556"/>
        <source>the layer refused it</source>
        <translation>layer menolaknya</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="569"/>
        <source>Kind: {kinds}. Importance and closeness: 1 to 5.</source>
        <translation>Jenis: {kinds}. Kepentingan dan kedekatan: 1 sampai 5.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="614"/>
        <source>&quot;{text}&quot; is no kind of institution; choose one of: {kinds}.</source>
        <translation>&quot;{text}&quot; bukan jenis lembaga; pilih salah satu: {kinds}.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="620"/>
        <source>{field}: &quot;{text}&quot; is not a whole number from 1 to 5.</source>
        <translation>{field}: &quot;{text}&quot; bukan bilangan bulat 1 sampai 5.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="636"/>
        <source>The cell keeps its value.</source>
        <translation>Sel tetap berisi nilai sebelumnya.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="673"/>
        <source>Venn diagram saved.</source>
        <translation>Diagram kelembagaan disimpan.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="725"/>
        <source>Intensity &quot;{text}&quot; is not 0, 1, 2 or 3 (none, low, medium, high).</source>
        <translation>Intensitas &quot;{text}&quot; bukan 0, 1, 2 atau 3 (tidak ada, rendah, sedang, tinggi).</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="753"/>
        <source>Seasonal calendar saved.</source>
        <translation>Kalender musim disimpan.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="264"/>
        <source>Not added: the point is outside every RT of the workspace.</source>
        <translation>Tidak ditambahkan: titik ini di luar semua RT workspace.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="282"/>
        <source>Cancelled: nothing was added.</source>
        <translation>Dibatalkan: tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="289"/>
        <source>This point lies outside every RT of the workspace (outside the kelurahan, or where no RT is drawn): it would have no RT and RW. Add it anyway?</source>
        <translation>Titik ini di luar semua RT workspace (di luar kelurahan, atau di tempat yang belum ada RT-nya): titik ini tidak akan punya RT dan RW. Tetap tambahkan?</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="27"/>
        <source>Area indicators and risk</source>
        <translation>Indikator dan risiko wilayah</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="32"/>
        <source>1 · Workspace and import</source>
        <translation>1 · Workspace dan impor</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="33"/>
        <source>2 · Analysis</source>
        <translation>2 · Analisis</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="34"/>
        <source>3 · Options and scoring</source>
        <translation>3 · Opsi dan skoring</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="35"/>
        <source>4 · Plan and annex</source>
        <translation>4 · Rencana dan lampiran</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="36"/>
        <source>5 · Tools</source>
        <translation>5 · Alat bantu</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="50"/>
        <source>Language of the annex</source>
        <translation>Bahasa lampiran</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="22"/>
        <source>Process figures and tables</source>
        <translation>Gambar dan tabel proses</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="33"/>
        <source>Score technical options</source>
        <translation>Skoring opsi teknis</translation>
    </message>
    <message>
        <location filename="../processing/survey_form.py" line="14"/>
        <source>Survey form (XLSForm)</source>
        <translation>Formulir survei (XLSForm)</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="107"/>
        <source>QGIS {qgis} with GDAL {gdal} cannot read the layers of a GeoPackage whose folder or file name holds {characters} (SQLite reads them as URI syntax: &quot;%20&quot; as a space, &quot;#&quot; as the end of the name). Rename the folder or file without them (for example &quot;Kelurahan Pondok&quot; or &quot;Kelurahan_Pondok&quot;) and try again: {path}. Nothing was written.</source>
        <translation>QGIS {qgis} dengan GDAL {gdal} tidak dapat membaca layer GeoPackage yang nama folder atau filenya memuat {characters} (SQLite membacanya sebagai sintaks URI: &quot;%20&quot; sebagai spasi, &quot;#&quot; sebagai akhir nama). Ganti nama folder atau file tanpa karakter itu (misalnya &quot;Kelurahan Pondok&quot; atau &quot;Kelurahan_Pondok&quot;) lalu coba lagi: {path}. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../processing/dialog.py" line="25"/>
        <source>Cancelled by the user: nothing was changed.</source>
        <translation>Dibatalkan oleh pengguna: tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="16"/>
        <source>Draft the action plan</source>
        <translation>Susun draf rencana aksi</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="19"/>
        <source>Proposes one action (kind: build) per RT or RW, in the order of the location priorities (the order the newest rembuk agreed, else the computed one), with the best-ranked option of the newest scoring session that the screening finds feasible there. Each row&apos;s households and persons served, volume (units needed), unit cost and total are computed from the households in the location&apos;s polygon and the workspace&apos;s unit costs, with their year and source. Locations marked &apos;survey first&apos; get no action.

A row a rembuk has agreed (status other than proposed, or edited so that it is no longer a draft) is never overwritten or deleted: a new draft replaces only the earlier drafted rows still proposed. Households served by two actions of the same kind are counted once, for the first in priority order. Run csiap:prioritiseareas and csiap:scoreoptions first.</source>
        <translation>Mengusulkan satu kegiatan (jenis: pembangunan baru) per RT atau RW, menurut urutan prioritas lokasi (urutan yang disepakati rembuk terbaru, bila tidak ada urutan hasil hitung), dengan opsi berperingkat terbaik dari sesi skoring terbaru yang menurut penyaringan layak di lokasi itu. KK dan jiwa penerima manfaat, volume (jumlah unit yang diperlukan), harga satuan dan total setiap baris dihitung dari rumah tangga di dalam poligon lokasi dan harga satuan workspace, beserta tahun dan sumbernya. Lokasi bertanda 'survei dulu' tidak diberi kegiatan.

Baris yang sudah disepakati rembuk (status selain usulan, atau sudah disunting sehingga bukan draf lagi) tidak pernah ditimpa atau dihapus: draf baru hanya mengganti baris draf sebelumnya yang masih berstatus usulan. KK yang dilayani dua kegiatan sejenis dihitung sekali, untuk kegiatan pertama dalam urutan prioritas. Jalankan dulu csiap:prioritiseareas dan csiap:scoreoptions.</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="36"/>
        <source>Actions drafted</source>
        <translation>Kegiatan yang diusulkan</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="37"/>
        <source>Earlier drafted actions replaced</source>
        <translation>Draf kegiatan sebelumnya yang diganti</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="38"/>
        <source>Actions kept as they were</source>
        <translation>Kegiatan yang dibiarkan tetap</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="47"/>
        <source>{drafted} actions drafted, {replaced} earlier drafts replaced, {kept} actions kept (agreed or edited).</source>
        <translation>{drafted} kegiatan diusulkan, {replaced} draf sebelumnya diganti, {kept} kegiatan dibiarkan tetap (sudah disepakati atau disunting).</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="50"/>
        <source>{count} locations are marked &apos;survey first&apos; and got no action.</source>
        <translation>{count} lokasi bertanda 'survei dulu' dan tidak diberi kegiatan.</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="53"/>
        <source>{count} locations have no feasible ranked option in the newest scoring session and got no action.</source>
        <translation>{count} lokasi tidak punya opsi layak berperingkat di sesi skoring terbaru dan tidak diberi kegiatan.</translation>
    </message>
    <message>
        <location filename="../processing/draft_action_plan.py" line="56"/>
        <source>{count} locations already have an agreed building action and got no new proposal.</source>
        <translation>{count} lokasi sudah punya kegiatan pembangunan yang disepakati dan tidak diberi usulan baru.</translation>
    </message>
    <message>
        <location filename="../processing/export_proposals.py" line="15"/>
        <source>Export Musrenbang list and RKM</source>
        <translation>Ekspor usulan Musrenbang &amp; RKM</translation>
    </message>
    <message>
        <location filename="../processing/export_proposals.py" line="18"/>
        <source>Writes the action plan as the kelurahan Musrenbang proposal list (usulan_musrenbang.xlsx and .csv: proposed activity, location (RT/RW), volume, unit, estimated cost, funding source, beneficiaries in households and persons, priority, proposed by) and the RKM draft (rkm.xlsx and .csv: activity, volume, a mark for each month it runs, responsible, and the community&apos;s swadaya in cash and in kind, Rp), in priority order, with option names.

The figures are computed at export from the households in each action&apos;s area and the unit costs. The column set is the plugin&apos;s own: Permendagri 86/2017 sets the Musrenbang procedure, each kabupaten/kota its form; the files say so in their notes rows. No personal data is written. The workspace is only read.</source>
        <translation>Menulis rencana aksi sebagai daftar usulan Musrenbang kelurahan (usulan_musrenbang.xlsx dan .csv: usulan kegiatan, lokasi (RT/RW), volume, satuan, perkiraan biaya, sumber dana, sasaran/penerima manfaat dalam KK dan jiwa, prioritas, pengusul) dan draf RKM (rkm.xlsx dan .csv: kegiatan, volume, tanda untuk setiap bulan pelaksanaan, penanggung jawab, serta swadaya masyarakat tunai dan natura/tenaga, Rp), menurut urutan prioritas, dengan nama opsi.

Angka-angkanya dihitung saat ekspor dari rumah tangga di wilayah layanan setiap kegiatan dan dari harga satuan. Susunan kolom milik plugin ini: Permendagri 86/2017 mengatur tata cara Musrenbang, tiap kabupaten/kota menetapkan formulirnya; berkas menyebutkannya di baris catatan. Tidak ada data pribadi yang ditulis. Workspace hanya dibaca.</translation>
    </message>
    <message>
        <location filename="../processing/export_proposals.py" line="31"/>
        <source>Language of the tables</source>
        <translation>Bahasa tabel</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="24"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="24"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="24"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="24"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="24"/>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="25"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="25"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="25"/>
        <source>Aug</source>
        <translation>Agu</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="25"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="25"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="26"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="26"/>
        <source>Dec</source>
        <translation>Des</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="53"/>
        <source>not decided yet</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="56"/>
        <source>{source} {rest:g} %; {swadaya} {share:g} % (cash {cash:g} %, in kind {kind:g} %)</source>
        <translation>{source} {rest:g} %; {swadaya} {share:g} % (tunai {cash:g} %, natura/tenaga {kind:g} %)</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="78"/>
        <source>Proposed activity</source>
        <translation>Usulan kegiatan</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>Location (RT/RW)</source>
        <translation>Lokasi (RT/RW)</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="79"/>
        <source>Estimated cost (Rp)</source>
        <translation>Perkiraan biaya (Rp)</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="80"/>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="80"/>
        <source>Beneficiaries (households)</source>
        <translation>Sasaran/penerima manfaat (KK)</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="81"/>
        <source>Beneficiaries (persons)</source>
        <translation>Sasaran/penerima manfaat (jiwa)</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="356"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="81"/>
        <source>Proposed by</source>
        <translation>Pengusul</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="85"/>
        <source>KSM ({meeting})</source>
        <translation>KSM ({meeting})</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="94"/>
        <source>Households and persons served are counted from the surveyed households in each action&apos;s area (a household served by two actions of the same kind counts once, for the first in priority); a household without a member count counts as one person ({count} such households).</source>
        <translation>KK dan jiwa penerima manfaat dihitung dari rumah tangga yang disurvei di wilayah layanan setiap kegiatan (KK yang dilayani dua kegiatan sejenis dihitung sekali, untuk kegiatan dengan prioritas pertama); KK tanpa jumlah anggota dihitung satu jiwa ({count} KK seperti itu).</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="98"/>
        <source>Prices: {sources}.</source>
        <translation>Harga: {sources}.</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>Swadaya in cash (Rp)</source>
        <translation>Swadaya tunai (Rp)</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="108"/>
        <source>Swadaya in kind (Rp)</source>
        <translation>Swadaya natura/tenaga (Rp)</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="127"/>
        <source>Months marked x: from the start month to the end month, else the three months of the quarter.</source>
        <translation>Bulan bertanda x: dari bulan mulai sampai bulan selesai, atau tiga bulan dalam triwulannya.</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="138"/>
        <source>The workspace has no action plan yet: run csiap:draftactionplan or add actions first.</source>
        <translation>Workspace belum punya rencana aksi: jalankan dulu csiap:draftactionplan atau tambahkan kegiatan.</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="142"/>
        <source>Musrenbang proposals</source>
        <translation>Usulan Musrenbang</translation>
    </message>
    <message>
        <location filename="../report/plan_tables.py" line="142"/>
        <source>RKM draft</source>
        <translation>Draf RKM</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="105"/>
        <source>its kind {value!r} is not one of build, rehabilitate, behaviour change, O&amp;M, institutional</source>
        <translation>jenisnya {value!r} bukan pembangunan baru, rehabilitasi, perubahan perilaku, operasi dan pemeliharaan, atau kelembagaan</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="107"/>
        <source>it has no location and no service area drawn</source>
        <translation>tidak punya lokasi dan wilayah layanannya tidak digambar</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="108"/>
        <source>its location {value} is not an RT or RW of the workspace</source>
        <translation>lokasinya {value} bukan RT atau RW workspace ini</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="109"/>
        <source>the community&apos;s share in cash and in kind is {value:g} %, over 100 %</source>
        <translation>bagian swadaya tunai dan natura/tenaga {value:g} %, lebih dari 100 %</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="110"/>
        <source>the unit costs have no price for its option {value}</source>
        <translation>harga satuan tidak memuat harga untuk opsinya {value}</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="111"/>
        <source>it has no option and no unit cost</source>
        <translation>tidak punya opsi teknis dan tidak punya harga satuan</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="112"/>
        <source>{field} {value!r} is not a number</source>
        <translation>{field} {value!r} bukan angka</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="113"/>
        <source>{field} {value} is outside its allowed range</source>
        <translation>{field} {value} di luar rentang yang diizinkan</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="114"/>
        <source>it ends (month {value:g}) before it starts</source>
        <translation>selesai (bulan {value:g}) sebelum mulai</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="120"/>
        <source>Action {row} ({where}): {reason}</source>
        <translation>Kegiatan {row} ({where}): {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="155"/>
        <source>Nothing was written; correct these actions:</source>
        <translation>Tidak ada yang ditulis; perbaiki kegiatan berikut:</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="279"/>
        <source>The workspace has no location priorities at {level} level yet: run csiap:prioritiseareas first.</source>
        <translation>Workspace belum punya prioritas lokasi tingkat {level}: jalankan dulu csiap:prioritiseareas.</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="283"/>
        <source>The workspace has no scoring session at {level} level yet: run csiap:scoreoptions first.</source>
        <translation>Workspace belum punya sesi skoring tingkat {level}: jalankan dulu csiap:scoreoptions.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="125"/>
        <source>{action}: &apos;{text}&apos; is not a number ({field}).</source>
        <translation>{action}: '{text}' bukan angka ({field}).</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="129"/>
        <source>{action}: {field} must be a whole number, not {value}.</source>
        <translation>{action}: {field} harus bilangan bulat, bukan {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="133"/>
        <source>{action}: {field} goes from {low} to {high}, not {value}.</source>
        <translation>{action}: {field} berkisar {low} sampai {high}, bukan {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="141"/>
        <source>{action}: the community&apos;s shares in cash ({cash}) and in kind ({kind}) add up to {share}, over 100 % of the cost.</source>
        <translation>{action}: swadaya tunai ({cash}) dan natura/tenaga ({kind}) berjumlah {share}, lebih dari 100 % biaya.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="101"/>
        <source>Rencana Aksi</source>
        <translation>Rencana Aksi</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="190"/>
        <source>Draft action plan</source>
        <translation>Susun draf rencana aksi</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="191"/>
        <source>Proposes actions from the location priorities and the newest scoring session; rows a rembuk agreed are kept.</source>
        <translation>Mengusulkan kegiatan dari prioritas lokasi dan sesi skoring terbaru; baris yang sudah disepakati rembuk tetap dipertahankan.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="194"/>
        <source>Export Musrenbang list</source>
        <translation>Ekspor daftar usulan Musrenbang</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="195"/>
        <source>The proposal list (daftar usulan) for the kelurahan Musrenbang, as XLSX and CSV.</source>
        <translation>Daftar usulan untuk Musrenbang kelurahan, dalam XLSX dan CSV.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="202"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="203"/>
        <source>Edit action</source>
        <translation>Ubah kegiatan</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="215"/>
        <source>Households</source>
        <translation>KK</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="215"/>
        <source>Persons</source>
        <translation>Jiwa</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="215"/>
        <source>Swadaya cash / in kind</source>
        <translation>Swadaya tunai / natura</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="215"/>
        <source>Year / quarter</source>
        <translation>Tahun / triwulan</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="243"/>
        <source>Total of</source>
        <translation>Jumlah menurut</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="413"/>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="522"/>
        <source>Choose an action in the plan&apos;s table.</source>
        <translation>Pilih kegiatan pada tabel rencana.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="292"/>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="307"/>
        <source>Save action</source>
        <translation>Simpan kegiatan</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="309"/>
        <source>Show the meeting</source>
        <translation>Lihat rembuk</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="310"/>
        <source>Shows the meeting that agreed this action in Tahapan PP.</source>
        <translation>Menampilkan rembuk yang menyepakati kegiatan ini di Tahapan PP.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="430"/>
        <source>Q{quarter}</source>
        <translation>TW {quarter}</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="460"/>
        <source>Funding source: {source}</source>
        <translation>Sumber dana: {source}</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="460"/>
        <source>not chosen yet</source>
        <translation>belum dipilih</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="463"/>
        <source>RW {rw}</source>
        <translation>RW {rw}</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="463"/>
        <source>No RW</source>
        <translation>Tanpa RW</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="465"/>
        <source>Grand total</source>
        <translation>Jumlah seluruhnya</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="480"/>
        <source>No action yet: draft the action plan, or add actions to the layer.</source>
        <translation>Belum ada kegiatan: susun draf rencana aksi, atau tambahkan kegiatan ke layer.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="482"/>
        <source>The totals by funding source and by RW both add up to the grand total.</source>
        <translation>Jumlah menurut sumber dana dan menurut RW sama dengan jumlah seluruhnya.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="484"/>
        <source>The totals do not reconcile: by funding source {funding}, by RW {rw}, grand total {total}.</source>
        <translation>Jumlah tidak cocok: menurut sumber dana {funding}, menurut RW {rw}, jumlah seluruhnya {total}.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="503"/>
        <source>Action {number} ({location}, {option})</source>
        <translation>Kegiatan {number} ({location}, {option})</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="554"/>
        <source>(volume and unit cost must be numbers)</source>
        <translation>(volume dan harga satuan harus angka)</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="557"/>
        <source>Rp {amount}</source>
        <translation>Rp {amount}</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="557"/>
        <source>(volume × unit cost)</source>
        <translation>(volume × harga satuan)</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="576"/>
        <source>Choose an action in the plan&apos;s table first.</source>
        <translation>Pilih dulu kegiatan pada tabel rencana.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="580"/>
        <source>The action plan layer is being edited: save or discard its edits first, then save here.</source>
        <translation>Layer rencana aksi sedang diedit: simpan atau batalkan suntingannya dulu, lalu simpan di sini.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="602"/>
        <source>Saved: {action}.</source>
        <translation>Tersimpan: {action}.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="620"/>
        <source>The algorithm {algorithm} is missing from the CSIAP Planner toolbox: update or reinstall the plugin.</source>
        <translation>Algoritma {algorithm} tidak ada di toolbox CSIAP Planner: perbarui atau pasang ulang plugin.</translation>
    </message>
    <message>
        <location filename="../plugin/action_plan_dock.py" line="543"/>
        <source>From the workspace&apos;s unit costs: {source}</source>
        <translation>Dari harga satuan workspace: {source}</translation>
    </message>
    <message>
        <location filename="../processing/agree_priorities.py" line="15"/>
        <source>Record the agreed priorities</source>
        <translation>Urutan prioritas disepakati</translation>
    </message>
    <message>
        <location filename="../processing/agree_priorities.py" line="18"/>
        <source>Stores the order of locations a rembuk agreed, with the meeting that agreed it. ORDER: the location codes first to last, separated by commas, as the priorities name them (an RT as RW/RT, e.g. &apos;002/001, 001/003&apos;; an RW by its number). REASONS: for every location whose agreed place differs from its computed rank, the rembuk&apos;s reason, as &apos;code=reason; code=reason&apos;; a change without a reason is refused, naming the location.

MEETING: the meeting&apos;s id or its title in the workspace&apos;s meetings. Every meeting&apos;s agreement is kept; the plan follows the newest meeting&apos;s (by its date). The same meeting agreeing again replaces its own order for that level. An unknown meeting or location is refused by name, and nothing is written.</source>
        <translation>Menyimpan urutan lokasi yang disepakati rembuk, bersama rembuk yang menyepakatinya. ORDER: kode lokasi dari pertama sampai terakhir, dipisah koma, seperti pada prioritas lokasi (RT sebagai RW/RT, mis. '002/001, 001/003'; RW dengan nomornya). REASONS: untuk setiap lokasi yang urutan sepakatnya berbeda dari urutan hasil hitung, alasan rembuk, sebagai 'kode=alasan; kode=alasan'; perubahan tanpa alasan ditolak dengan menyebut lokasinya.

MEETING: id rembuk atau judulnya di daftar rembuk workspace. Kesepakatan setiap rembuk disimpan; rencana mengikuti rembuk terbaru (menurut tanggalnya). Rembuk yang sama menyepakati lagi menggantikan urutannya sendiri untuk tingkat itu. Rembuk atau lokasi yang tidak dikenal ditolak dengan menyebut namanya, dan tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../processing/agree_priorities.py" line="31"/>
        <source>Meeting (id or title)</source>
        <translation>Rembuk (id atau judul)</translation>
    </message>
    <message>
        <location filename="../processing/agree_priorities.py" line="33"/>
        <source>Agreed order (location codes, first to last, e.g. 002/001, 001/003)</source>
        <translation>Urutan disepakati (kode lokasi, pertama sampai terakhir, mis. 002/001, 001/003)</translation>
    </message>
    <message>
        <location filename="../processing/agree_priorities.py" line="35"/>
        <source>Reasons for changes (code=reason; code=reason)</source>
        <translation>Alasan perubahan (kode=alasan; kode=alasan)</translation>
    </message>
    <message>
        <location filename="../processing/agree_priorities.py" line="38"/>
        <source>Locations in the agreed order</source>
        <translation>Lokasi dalam urutan disepakati</translation>
    </message>
    <message>
        <location filename="../processing/agree_priorities.py" line="39"/>
        <source>Locations moved from the computed rank</source>
        <translation>Lokasi yang dipindah dari urutan hasil hitung</translation>
    </message>
    <message>
        <location filename="../processing/agree_priorities.py" line="53"/>
        <source>{rank}. {code} (computed {computed})</source>
        <translation>{rank}. {code} (hasil hitung {computed})</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="24"/>
        <source>Prioritise locations</source>
        <translation>Prioritas lokasi</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="27"/>
        <source>Ranks the RTs (or RWs) of a workspace: which location first. Four criteria: need (households without safely managed access, and open defecation, from 'Area indicators and risk'), risk (the sanitation risk index, IRS), the problems residents named (count × severity, placed in their RT by location; the reasons give them by season, and SEASON counts only one season's and those of all year) and readiness (land available from a candidate site or the location itself, and whether at least one technical option is feasible, from 'Screen technical options'). The workspace records no willingness of residents; the reasons say so.

The preset follows the SSK 'area berisiko' method (Buku Pedoman Pemutakhiran SSK 2017): each parameter is scored 1-4 by equal intervals over the locations compared, and the priority is the sum of weight × score. The guideline leaves the weights to the Pokja; the plugin's default is 25 % each (not official). Type your own as 'need=40, risk=30, problems=20, readiness=10' and say who set them: every weight is stored with its source. A fifth criterion, unsafe_excreta (the SFD's share of excreta not safely managed), weighs 0 unless you give it a weight.

Locations with too little survey data are never ranked as low need: they are marked 'survey first', get no rank and come after all others. The results replace the location priorities of that level; an order agreed at a rembuk ('Record the agreed priorities') is kept apart and never lost.</source>
        <translation>Mengurutkan RT (atau RW) di workspace: lokasi mana yang didahulukan. Empat kriteria: kebutuhan (KK tanpa akses aman, dan BABS, dari 'Indikator dan risiko wilayah'), risiko (Indeks Risiko Sanitasi, IRS), masalah yang disebut warga (jumlah × tingkat keparahan, ditempatkan di RT-nya menurut lokasinya; alasan merinci per musim, dan SEASON hanya menghitung masalah satu musim dan yang sepanjang tahun) dan kesiapan (lahan tersedia dari lokasi usulan atau milik wilayah sendiri, dan ada tidaknya setidaknya satu opsi teknis yang layak, dari 'Saring opsi teknis'). Workspace tidak mencatat kesediaan warga; alasan menyebutkannya.

Bobot bawaan mengikuti metode 'area berisiko' SSK (Buku Pedoman Pemutakhiran SSK 2017): setiap parameter diberi skor 1-4 dengan interval sama di antara lokasi yang dibandingkan, dan nilai prioritas adalah jumlah bobot × skor. Pedoman menyerahkan bobot kepada Pokja; bawaan plugin 25 % per kriteria (bukan angka resmi). Ketik bobot sendiri sebagai 'need=40, risk=30, problems=20, readiness=10' dan sebutkan siapa yang menetapkannya: setiap bobot disimpan dengan sumbernya. Kriteria kelima, unsafe_excreta (porsi tinja yang tidak dikelola aman menurut SFD), berbobot 0 kecuali Anda memberinya bobot.

Lokasi dengan data survei terlalu sedikit tidak pernah diurutkan sebagai kebutuhan rendah: ditandai 'survei dulu', tanpa peringkat dan di urutan paling akhir. Hasil menggantikan prioritas lokasi pada tingkat itu; urutan yang disepakati rembuk ('Urutan prioritas disepakati') disimpan terpisah dan tidak pernah hilang.</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="48"/>
        <source>Weights (e.g. need=40, risk=30, problems=20, readiness=10; empty = preset)</source>
        <translation>Bobot (mis. need=40, risk=30, problems=20, readiness=10; kosong = bawaan)</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="51"/>
        <source>Source of the weights (e.g. Pokja decision, date)</source>
        <translation>Sumber bobot (mis. keputusan Pokja, tanggal)</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="53"/>
        <source>Problems of</source>
        <translation>Masalah pada</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="53"/>
        <source>every season</source>
        <translation>semua musim</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="466"/>
        <source>Location priorities</source>
        <translation>Prioritas lokasi</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="59"/>
        <source>Locations to survey first</source>
        <translation>Lokasi yang perlu disurvei dulu</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="75"/>
        <source>The weights are your own but their source is empty: record who set them and when.</source>
        <translation>Bobot diisi sendiri tetapi sumbernya kosong: catat siapa yang menetapkan dan kapan.</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="95"/>
        <source>{count} problems lie outside every {level} and are not counted.</source>
        <translation>{count} masalah berada di luar semua {level} dan tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../processing/prioritise_areas.py" line="98"/>
        <source>The options were not screened at {level} level: readiness counts the land only. Run &apos;Screen technical options&apos; first.</source>
        <translation>Opsi belum disaring pada tingkat {level}: kesiapan hanya menghitung lahan. Jalankan 'Saring opsi teknis' terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="160"/>
        <source>user</source>
        <translation>pengguna</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="75"/>
        <source>A weight must be written criterion=number: &apos;{criterion}&apos;.</source>
        <translation>Bobot harus ditulis kriteria=angka: '{criterion}'.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="76"/>
        <source>&apos;{criterion}&apos; is not a priority criterion; the criteria are {criteria}.</source>
        <translation>'{criterion}' bukan kriteria prioritas; kriterianya adalah {criteria}.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="77"/>
        <source>The weight of &apos;{criterion}&apos; is not a number: &apos;{value}&apos;.</source>
        <translation>Bobot '{criterion}' bukan angka: '{value}'.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="78"/>
        <source>The weight of &apos;{criterion}&apos; cannot be negative ({value}).</source>
        <translation>Bobot '{criterion}' tidak boleh negatif ({value}).</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="79"/>
        <source>The priority weights add up to zero; give at least one criterion a weight.</source>
        <translation>Jumlah bobot prioritas nol; beri bobot pada setidaknya satu kriteria.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="80"/>
        <source>The unsafe-excreta share of {criterion} is not a number: &apos;{value}&apos;.</source>
        <translation>Porsi tinja tidak aman di {criterion} bukan angka: '{value}'.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="81"/>
        <source>The unsafe-excreta share of {criterion} must lie between 0 and 1, not {value}.</source>
        <translation>Porsi tinja tidak aman di {criterion} harus antara 0 dan 1, bukan {value}.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="82"/>
        <source>The agreed order is empty: list the location codes, first to last.</source>
        <translation>Urutan disepakati kosong: tuliskan kode lokasi, dari pertama sampai terakhir.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="83"/>
        <source>The location &apos;{criterion}&apos; in the agreed order is not an {level} of the workspace.</source>
        <translation>Lokasi '{criterion}' dalam urutan disepakati bukan {level} di workspace.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="85"/>
        <source>The location &apos;{criterion}&apos; comes twice in the agreed order.</source>
        <translation>Lokasi '{criterion}' muncul dua kali dalam urutan disepakati.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="86"/>
        <source>A reason must be written code=reason: &apos;{criterion}&apos;.</source>
        <translation>Alasan harus ditulis kode=alasan: '{criterion}'.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="87"/>
        <source>A reason is given for &apos;{criterion}&apos;, which is not in the agreed order.</source>
        <translation>Ada alasan untuk '{criterion}', padahal lokasi itu tidak ada dalam urutan disepakati.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="88"/>
        <source>{criterion}: its agreed place differs from the computed rank ({value}); give the rembuk&apos;s reason for the change (REASONS: {criterion}=reason).</source>
        <translation>{criterion}: urutan yang disepakati berbeda dari urutan hasil hitung ({value}); berikan alasan rembuk untuk perubahan itu (REASONS: {criterion}=alasan).</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="91"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="150"/>
        <source>The season must be rainy or dry, not {season}.</source>
        <translation>Musim harus hujan atau kemarau, bukan {season}.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="169"/>
        <source>No area indicators at {level} level yet: run &apos;Area indicators and risk&apos; at this level first.</source>
        <translation>Belum ada indikator wilayah pada tingkat {level}: jalankan 'Indikator dan risiko wilayah' pada tingkat ini terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="204"/>
        <source>problems of the {season} and all year</source>
        <translation>masalah {season} dan sepanjang tahun</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="249"/>
        <source>need</source>
        <translation>kebutuhan</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="249"/>
        <source>risk</source>
        <translation>risiko</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="249"/>
        <source>problems</source>
        <translation>masalah warga</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="250"/>
        <source>readiness</source>
        <translation>kesiapan</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="250"/>
        <source>unsafe excreta</source>
        <translation>tinja tidak aman</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="258"/>
        <source>SSK area berisiko (Buku Pedoman Pemutakhiran SSK 2017): each parameter scored 1-4 by equal intervals over the locations compared, priority = Σ weight × score; weights {weights}; source: {source}</source>
        <translation>Area berisiko SSK (Buku Pedoman Pemutakhiran SSK 2017): setiap parameter diberi skor 1-4 dengan interval sama di antara lokasi yang dibandingkan, nilai prioritas = Σ bobot × skor; bobot {weights}; sumber: {source}</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="266"/>
        <source>no toilet answers</source>
        <translation>tidak ada jawaban jamban</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="268"/>
        <source>{surveyed} households surveyed: {share} % without safe access, open defecation {babs} %</source>
        <translation>{surveyed} KK disurvei: {share} % tanpa akses aman, BABS {babs} %</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="277"/>
        <source>no risk index</source>
        <translation>tanpa indeks risiko</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="278"/>
        <source>IRS {index}, class {risk_class}</source>
        <translation>IRS {index}, kelas {risk_class}</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="284"/>
        <source>none named</source>
        <translation>tidak ada yang disebut</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="288"/>
        <source>season unknown</source>
        <translation>musim tidak diketahui</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="290"/>
        <source>{count} named, count × severity {total} ({seasons})</source>
        <translation>{count} disebut, jumlah × keparahan {total} ({seasons})</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="298"/>
        <source>no land recorded</source>
        <translation>lahan belum tercatat</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="300"/>
        <source>a candidate site</source>
        <translation>lokasi usulan</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="300"/>
        <source>the location&apos;s own land</source>
        <translation>lahan milik wilayah</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="302"/>
        <source>land {m2} m² ({where})</source>
        <translation>lahan {m2} m² ({where})</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="304"/>
        <source>options not screened</source>
        <translation>opsi belum disaring</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="306"/>
        <source>{count} feasible options</source>
        <translation>{count} opsi layak</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="307"/>
        <source>willingness not recorded in the workspace</source>
        <translation>kesediaan warga belum tercatat di workspace</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="316"/>
        <source>no area indicators for this location</source>
        <translation>belum ada indikator wilayah untuk lokasi ini</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="318"/>
        <source>{surveyed} households surveyed, fewer than the {minimum} needed</source>
        <translation>{surveyed} KK disurvei, kurang dari {minimum} yang diperlukan</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="322"/>
        <source>no figure the weights look at</source>
        <translation>tidak ada angka untuk kriteria yang berbobot</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="323"/>
        <source>Survey first: {why}; problems {problems}; {readiness}</source>
        <translation>Survei dulu: {why}; masalah {problems}; {readiness}</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="335"/>
        <source>no SFD figure, left out</source>
        <translation>tanpa angka SFD, tidak dihitung</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="339"/>
        <source>priority {score}, rank {rank}</source>
        <translation>nilai prioritas {score}, peringkat {rank}</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="342"/>
        <source>(tied)</source>
        <translation>(seri)</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="359"/>
        <source>{count} meetings are titled &apos;{meeting}&apos;: give the meeting&apos;s id (uuid).</source>
        <translation>{count} rembuk berjudul '{meeting}': berikan id rembuk (uuid).</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="361"/>
        <source>No meeting &apos;{meeting}&apos; in the workspace: record the rembuk in &apos;Meetings&apos; first, or give its id or exact title.</source>
        <translation>Tidak ada rembuk '{meeting}' di workspace: catat rembuk di 'Rembuk dan FGD' terlebih dahulu, atau berikan id atau judulnya yang tepat.</translation>
    </message>
    <message>
        <location filename="../workspace/priorities.py" line="393"/>
        <source>No computed priorities at {level} level yet: run &apos;Prioritise locations&apos; first.</source>
        <translation>Belum ada prioritas hasil hitung pada tingkat {level}: jalankan 'Prioritas lokasi' terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="108"/>
        <source>Excreta flow diagram (SFD)</source>
        <translation>Diagram aliran tinja (SFD)</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="37"/>
        <source>Draws the excreta flow diagram (SFD, SuSanA) of the kelurahan, each RW or each RT from the household survey: each household&apos;s system is placed in a cell of the SFD Manual&apos;s selection grid (e.g. T1A2C5); shares are of people (household members). Green arrows run to the right for what is safely managed; red arrows turn down where excreta reach the environment; arrow widths are the shares. A drain (saluran, got), open or covered, is &apos;not contained&apos; (SFD FAQ 41); an IPAL komunal&apos;s network is a decentralised sewer (FAQ 29); &apos;emptied&apos; means a substantial part of the sludge was removed (FAQ 28).

A household whose answers do not decide its cell counts in the &apos;unknown&apos; share, shown as such. What a survey cannot tell is an assumption with a stated default: the share the IPLT treats (FAQ 21&apos;s guiding values: 0 %, 50 % or 95 %), the share of IPAL komunal that function, the city sewer&apos;s plant. The groundwater pollution risk (T1 low, T2 significant) is answered from the RTs&apos; groundwater depth, the wells&apos; distance to the containers and the drinking-water sources.

Writes per area the SFD matrix (cells, p, F3, F4, F5, W4, W5) as CSV, the flows as CSV, and the diagram as SVG and PNG; beside them the assumption register and a summary. Areas with too little data get no diagram, and the summary says why. Optionally, a second diagram per area &apos;after the action plan&apos;: the options of its building actions applied to the households in their service area (a sewer or IPAL komunal connects every household, a septic tank serves those whose excreta are not contained, an MCK those without a toilet). The workspace is not changed.</source>
        <translation>Menggambar diagram aliran tinja (SFD, SuSanA) kelurahan, tiap RW atau tiap RT dari survei rumah tangga: sistem tiap KK ditempatkan pada satu sel kisi pemilihan SFD Manual (mis. T1A2C5); bagian dihitung dari jumlah jiwa (anggota KK). Panah hijau ke kanan untuk yang dikelola aman; panah merah berbelok ke bawah di tempat tinja mencemari lingkungan; lebar panah sebanding dengan bagiannya. Saluran atau got, terbuka maupun tertutup, 'tidak tertampung' (FAQ SFD 41); jaringan IPAL komunal adalah perpipaan terdesentralisasi (FAQ 29); 'disedot' berarti sebagian besar lumpur terangkat (FAQ 28).

KK yang jawabannya tidak cukup untuk menentukan selnya dihitung dalam bagian 'tidak diketahui' dan ditampilkan begitu. Yang tidak dapat diketahui dari survei adalah asumsi dengan nilai bawaan yang dinyatakan: bagian yang diolah IPLT (nilai acuan FAQ 21: 0 %, 50 % atau 95 %), bagian IPAL komunal yang berfungsi, dan IPAL kota. Risiko pencemaran air tanah (T1 rendah, T2 tinggi) dijawab dari kedalaman air tanah RT, jarak sumur ke tangki/cubluk dan sumber air minum.

Menulis per wilayah matriks SFD (sel, p, F3, F4, F5, W4, W5) sebagai CSV, aliran sebagai CSV, dan diagram sebagai SVG dan PNG; di sampingnya daftar asumsi dan ringkasan. Wilayah dengan data terlalu sedikit tidak digambar, dan ringkasan menyebut alasannya. Pilihan: diagram kedua per wilayah 'setelah rencana aksi': opsi dari kegiatan pembangunannya diterapkan pada KK di wilayah layanannya (perpipaan atau IPAL komunal menyambung semua KK, tangki septik melayani KK yang tinjanya tidak tertampung, MCK melayani KK tanpa jamban). Workspace tidak diubah.</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="61"/>
        <source>Sludge treated at the IPLT (% of what it receives; SFD FAQ 21: 0, 50 or 95)</source>
        <translation>Lumpur tinja diolah di IPLT (% dari yang diterima; FAQ SFD 21: 0, 50 atau 95)</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="64"/>
        <source>IPAL komunal that function (%)</source>
        <translation>IPAL komunal yang berfungsi (%)</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="68"/>
        <source>Wastewater treated by the city sewer&apos;s plant (%)</source>
        <translation>Air limbah yang diolah IPAL kota (%)</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="71"/>
        <source>Groundwater counts as shallow under (m)</source>
        <translation>Air tanah dianggap dangkal bila kurang dari (m)</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="74"/>
        <source>Significant risk where wells under 10 m from a container are at least (% of households)</source>
        <translation>Risiko tinggi bila sumur &lt; 10 m dari tangki/cubluk paling sedikit (% KK)</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="78"/>
        <source>Groundwater counts as a drinking source from (% of people)</source>
        <translation>Air tanah dianggap sumber air minum mulai (% jiwa)</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="82"/>
        <source>Fewest surveyed households for a diagram</source>
        <translation>KK disurvei paling sedikit untuk diagram</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="88"/>
        <source>Also draw the SFD after the action plan (its options applied to the households they serve)</source>
        <translation>Gambar juga SFD setelah rencana aksi (opsinya diterapkan pada KK yang dilayani)</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="94"/>
        <source>Areas drawn</source>
        <translation>Wilayah yang digambar</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="95"/>
        <source>Areas without a diagram</source>
        <translation>Wilayah tanpa diagram</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="105"/>
        <source>Choose a workspace.</source>
        <translation>Pilih workspace.</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="120"/>
        <source>The workspace maps {plants} IPAL komunal; {functioning} of the {known} with a recorded condition are in good or fair condition ({share:.0f} %). The diagram assumes {used:g} % function.</source>
        <translation>Workspace memetakan {plants} IPAL komunal; {functioning} dari {known} yang kondisinya tercatat dalam kondisi baik atau sedang ({share:.0f} %). Diagram mengasumsikan {used:g} % berfungsi.</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="134"/>
        <source>{code}: safely managed {safe:.0f} %, not safely managed {unsafe:.0f} %, unknown {unknown:.0f} % of people ({risk}).</source>
        <translation>{code}: dikelola aman {safe:.0f} %, tidak dikelola aman {unsafe:.0f} %, tidak diketahui {unknown:.0f} % jiwa ({risk}).</translation>
    </message>
    <message>
        <location filename="../processing/excreta_flow.py" line="134"/>
        <source>(after the action plan)</source>
        <translation>(setelah rencana aksi)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="113"/>
        <source>Shares of people ({people:.0f} persons in {households} households surveyed); groundwater pollution risk {risk}{assumed}.</source>
        <translation>Bagian dari jumlah jiwa ({people:.0f} jiwa dalam {households} KK disurvei); risiko pencemaran air tanah {risk}{assumed}.</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="114"/>
        <source> (assumed: the survey cannot tell)</source>
        <translation> (diasumsikan: survei tidak dapat menentukannya)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="179"/>
        <source>Source: SFD Manual v2.0 and SFD FAQ (SuSanA); assumptions in the register beside the diagram (IPLT treats {iplt:g} %, IPAL komunal functioning {ipal:g} %).</source>
        <translation>Sumber: SFD Manual v2.0 dan FAQ SFD (SuSanA); asumsi dalam daftar asumsi di samping diagram (IPLT mengolah {iplt:g} %, IPAL komunal berfungsi {ipal:g} %).</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="183"/>
        <source>Unknown: answers missing for</source>
        <translation>Tidak diketahui: jawaban kosong untuk</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="192"/>
        <source>after the action plan</source>
        <translation>setelah rencana aksi</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="233"/>
        <source>Flow</source>
        <translation>Aliran</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="233"/>
        <source>Share of people (%)</source>
        <translation>Bagian jiwa (%)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="240"/>
        <source>Assumption</source>
        <translation>Asumsi</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="240"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="240"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="240"/>
        <source>Official figure</source>
        <translation>Angka resmi</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="246"/>
        <source>SFD assumption register</source>
        <translation>Daftar asumsi SFD</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="249"/>
        <source>Sources: {manual}; {faq}.</source>
        <translation>Sumber: {manual}; {faq}.</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="202"/>
        <source>Households surveyed</source>
        <translation>KK disurvei</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>People</source>
        <translation>Jiwa</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Households without their size (counted at the mean)</source>
        <translation>KK tanpa jumlah anggota (dihitung dengan rata-rata)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Mean household size</source>
        <translation>Rata-rata anggota KK</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>T assumed (the survey cannot tell)</source>
        <translation>T diasumsikan (survei tidak dapat menentukan)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Groundwater depth (m)</source>
        <translation>Kedalaman air tanah (m)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Facilities &lt; 10 m from a well (%)</source>
        <translation>Sarana &lt; 10 m dari sumur (%)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Drinking water from groundwater (%)</source>
        <translation>Air minum dari air tanah (%)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Safely managed (%)</source>
        <translation>Dikelola aman (%)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Not safely managed (%)</source>
        <translation>Tidak dikelola aman (%)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>Unknown (%)</source>
        <translation>Tidak diketahui (%)</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="256"/>
        <source>No diagram because</source>
        <translation>Tidak digambar karena</translation>
    </message>
    <message>
        <location filename="../report/sfd_diagram.py" line="304"/>
        <source>Excreta flow diagram (SFD), {area}: safely managed {safe:.0f} %, not safely managed {unsafe:.0f} %, unknown {unknown:.0f} % of people. Assumptions: see the SFD assumption register.</source>
        <translation>Diagram aliran tinja (SFD), {area}: dikelola aman {safe:.0f} %, tidak dikelola aman {unsafe:.0f} %, tidak diketahui {unknown:.0f} % jiwa. Asumsi: lihat daftar asumsi SFD.</translation>
    </message>
    <message>
        <location filename="../workspace/sfd.py" line="72"/>
        <source>Reading households…</source>
        <translation>Membaca rumah tangga…</translation>
    </message>
    <message>
        <location filename="../workspace/sfd.py" line="100"/>
        <source>The level must be kelurahan, RW or RT, not {level}.</source>
        <translation>Tingkat harus kelurahan, RW atau RT, bukan {level}.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="296"/>
        <source>HH</source>
        <translation>KK</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="465"/>
        <source>Scores per location, option and criterion</source>
        <translation>Nilai per lokasi, opsi dan kriteria</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="625"/>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="530"/>
        <source>sources and rules: chapter 7</source>
        <translation>sumber dan aturan: bab 7</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="541"/>
        <source>Overview of the Area</source>
        <translation>Gambaran Umum Wilayah</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="543"/>
        <source>Kelurahan {name} ({place}) has {rw} RW and {rt} RT; {surveyed} households were surveyed for the social map.</source>
        <translation>Kelurahan {name} ({place}) terdiri atas {rw} RW dan {rt} RT; {surveyed} KK disurvei untuk peta sosial.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="547"/>
        <source>Population and households per RW</source>
        <translation>Penduduk dan KK per RW</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="552"/>
        <source>Problems and Risks</source>
        <translation>Masalah dan Risiko</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="553"/>
        <source>The problems residents named and the sanitation risk of each area. The tables per RT are appendices: {file} (sheets indikator and masalah).</source>
        <translation>Masalah yang disebut warga dan risiko sanitasi tiap wilayah. Tabel per RT ada di lampiran: {file} (lembar indikator dan masalah).</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="557"/>
        <source>Problems named by residents, by category and season</source>
        <translation>Masalah yang disebut warga, menurut jenis dan musim</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="559"/>
        <source>No problems have been recorded yet.</source>
        <translation>Belum ada masalah yang dicatat.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="562"/>
        <source>Areas per sanitation risk class</source>
        <translation>Jumlah wilayah per kelas risiko sanitasi</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="565"/>
        <source>The {count} areas of highest sanitation risk</source>
        <translation>{count} wilayah dengan risiko sanitasi tertinggi</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="570"/>
        <source>Technical Options and Scoring Matrix</source>
        <translation>Opsi Teknis dan Matrik Skoring</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="571"/>
        <source>The technical options of the catalogue, where each is feasible, and how the rembuk scored them. The rows per location and option are appendices: {file} (sheets penyaringan, nilai and skoring).</source>
        <translation>Opsi teknis dalam katalog, di mana tiap opsi layak, dan bagaimana rembuk menilainya. Baris per lokasi dan opsi ada di lampiran: {file} (lembar penyaringan, nilai dan skoring).</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="575"/>
        <source>Technical options of the catalogue</source>
        <translation>Opsi teknis dalam katalog</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="578"/>
        <source>Screening and ranking: in how many locations each option is feasible and ranked first</source>
        <translation>Penyaringan dan peringkat: di berapa lokasi tiap opsi layak dan menempati peringkat pertama</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="581"/>
        <source>The options have not been screened yet (csiap:screenoptions).</source>
        <translation>Opsi belum disaring (csiap:screenoptions).</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="584"/>
        <source>Scoring matrix: the mean score (1-5) of each option on each criterion, with its weight; scoring session {session}</source>
        <translation>Matrik skoring: nilai rata-rata (1-5) tiap opsi pada tiap kriteria, dengan bobotnya; sesi skoring {session}</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="588"/>
        <source>No scoring session has been saved yet (csiap:scoreoptions).</source>
        <translation>Belum ada sesi skoring yang disimpan (csiap:scoreoptions).</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="592"/>
        <source>Location Priorities</source>
        <translation>Prioritas Lokasi</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="595"/>
        <source>The location priorities have not been computed yet: run csiap:prioritiseareas.</source>
        <translation>Prioritas lokasi belum dihitung: jalankan csiap:prioritiseareas.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="600"/>
        <source>The order below is the one agreed at: {meetings}. Each change from the computed order gives its reason.</source>
        <translation>Urutan di bawah adalah urutan yang disepakati di: {meetings}. Setiap perubahan dari urutan hasil hitung disertai alasannya.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="603"/>
        <source>The order below is the computed one: no rembuk has agreed an order yet.</source>
        <translation>Urutan di bawah adalah hasil hitung: belum ada rembuk yang menyepakati urutan.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="605"/>
        <source>The {count} locations of highest priority</source>
        <translation>{count} lokasi dengan prioritas tertinggi</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="608"/>
        <source>Locations to survey first: too few households surveyed to rank them</source>
        <translation>Lokasi yang perlu disurvei dulu: KK yang disurvei terlalu sedikit untuk diperingkat</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="611"/>
        <source>No location has to be surveyed first.</source>
        <translation>Tidak ada lokasi yang perlu disurvei dulu.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="612"/>
        <source>Every location&apos;s priority with its components: {file} (sheet prioritas).</source>
        <translation>Prioritas setiap lokasi beserta komponennya: {file} (lembar prioritas).</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="617"/>
        <source>Action Plan</source>
        <translation>Rencana Aksi</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="619"/>
        <source>The action plan is still empty: draft it with csiap:draftactionplan or add the actions in the Rencana Aksi dock.</source>
        <translation>Rencana aksi masih kosong: susun drafnya dengan csiap:draftactionplan atau tambahkan kegiatan di panel Rencana Aksi.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="622"/>
        <source>The actions in the order of their location&apos;s priority, with the households and persons they serve, their cost and who pays it.</source>
        <translation>Kegiatan menurut urutan prioritas lokasinya, dengan KK dan jiwa penerima manfaat, biaya dan sumber dananya.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="627"/>
        <source>Cost by funding source (the community&apos;s cash and in-kind shares as swadaya)</source>
        <translation>Biaya menurut sumber dana (bagian tunai dan natura/tenaga warga sebagai swadaya)</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="629"/>
        <source>Cost by RW</source>
        <translation>Biaya per RW</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="633"/>
        <source>The map has a page per RW (or RT) in {file}.</source>
        <translation>Peta ini memiliki satu halaman per RW (atau RT) di {file}.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="637"/>
        <source>Participatory Process</source>
        <translation>Proses Partisipatif</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="638"/>
        <source>How the plan was made: the stages, the meetings and who attended, the KSM, and the community&apos;s own diagrams.</source>
        <translation>Bagaimana rencana ini disusun: tahapan, pertemuan dan pesertanya, KSM, serta diagram buatan warga.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="641"/>
        <source>Planning Stages</source>
        <translation>Tahapan Perencanaan Partisipatif</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="641"/>
        <source>Stages of the participatory planning and their progress</source>
        <translation>Tahapan perencanaan partisipatif dan kemajuannya</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="641"/>
        <source>Rembuk and FGD</source>
        <translation>Rembuk dan FGD</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="641"/>
        <source>Meetings: date, place, attendance of women and men, decisions</source>
        <translation>Pertemuan: tanggal, tempat, kehadiran perempuan dan laki-laki, keputusan</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="641"/>
        <source>KSM</source>
        <translation>KSM</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="641"/>
        <source>The KSM: roles and members</source>
        <translation>KSM: jabatan dan anggota</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="669"/>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada yang dicatat.</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="659"/>
        <source>Institutions Diagram</source>
        <translation>Diagram Kelembagaan</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="659"/>
        <source>Institutions diagram (Venn): importance and closeness of each institution to the community</source>
        <translation>Diagram kelembagaan (Venn): kepentingan dan kedekatan tiap lembaga dengan warga</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="659"/>
        <source>Seasonal Calendar</source>
        <translation>Kalender Musim</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="659"/>
        <source>Seasonal calendar: rain, flooding, illness, income and work by month</source>
        <translation>Kalender musim: hujan, banjir, penyakit, penghasilan dan pekerjaan per bulan</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="672"/>
        <source>Sources and Rules</source>
        <translation>Sumber dan Aturan</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="675"/>
        <source>Files of this annex</source>
        <translation>Berkas lampiran ini</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="676"/>
        <source>Beside this document, in the folder of the annex:</source>
        <translation>Selain dokumen ini, di folder lampiran:</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="681"/>
        <source>Approval</source>
        <translation>Pengesahan</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="681"/>
        <source>Agreed at ........................, on ........................</source>
        <translation>Ditetapkan di ........................, tanggal ........................</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="696"/>
        <source>Chair of the KSM</source>
        <translation>Ketua KSM</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="696"/>
        <source>Lurah</source>
        <translation>Lurah</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="697"/>
        <source>Facilitator (TFL)</source>
        <translation>Fasilitator (TFL)</translation>
    </message>
    <message>
        <location filename="../report/document.py" line="80"/>
        <source>Figure</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location filename="../report/document.py" line="84"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../report/document.py" line="263"/>
        <source>List of figures</source>
        <translation>Daftar gambar</translation>
    </message>
    <message>
        <location filename="../report/document.py" line="263"/>
        <source>List of tables</source>
        <translation>Daftar tabel</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="201"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="201"/>
        <source>Population</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="201"/>
        <source>Households (KK)</source>
        <translation>KK</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="230"/>
        <source>RT affected</source>
        <translation>RT terdampak</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="293"/>
        <source>Feasible in (locations)</source>
        <translation>Layak di (lokasi)</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="293"/>
        <source>Ranked first in (locations)</source>
        <translation>Peringkat pertama di (lokasi)</translation>
    </message>
    <message>
        <location filename="../report/tables.py" line="409"/>
        <source>Not yet chosen</source>
        <translation>Belum ditentukan</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="427"/>
        <source>No excreta flow diagram: no area has enough households with the survey&apos;s toilet answers (see sfd/sfd_ringkasan.csv for why, area by area).</source>
        <translation>Tidak ada diagram aliran tinja: tidak ada wilayah dengan cukup rumah tangga yang menjawab pertanyaan jamban survei (lihat sfd/sfd_ringkasan.csv untuk alasannya per wilayah).</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="430"/>
        <source>Where the excreta goes (SFD)</source>
        <translation>Ke mana tinja mengalir (SFD)</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="478"/>
        <source>Musrenbang proposal list</source>
        <translation>Daftar usulan Musrenbang</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="486"/>
        <source>No Musrenbang list or RKM draft in the annex: {reason}</source>
        <translation>Tanpa daftar usulan Musrenbang dan draf RKM di lampiran: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/actions.py" line="310"/>
        <source>Drafted by CSIAP Planner; households without a member count are counted as one person. Funding: a first proposal ({source}).</source>
        <translation>Disusun oleh CSIAP Planner; rumah tangga tanpa jumlah anggota dihitung satu jiwa. Sumber dana: usulan awal ({source}).</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="103"/>
        <source>Konflik Lapangan</source>
        <translation>Konflik Lapangan</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="52"/>
        <source>Show resolved conflicts too</source>
        <translation>Tampilkan juga konflik yang sudah diselesaikan</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="56"/>
        <source>Layer</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="56"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="56"/>
        <source>When packaged</source>
        <translation>Saat dipaketkan</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="56"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="56"/>
        <source>Field</source>
        <translation>Lapangan</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="56"/>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="67"/>
        <source>Keep office value</source>
        <translation>Pertahankan nilai kantor</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="68"/>
        <source>Take field value</source>
        <translation>Ambil nilai lapangan</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="72"/>
        <source>For every conflict chosen in the list (Ctrl or Shift to choose several).</source>
        <translation>Untuk setiap konflik yang dipilih di daftar (Ctrl atau Shift untuk memilih beberapa).</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="109"/>
        <source>{open} conflicts to resolve, {resolved} resolved.</source>
        <translation>{open} konflik perlu diselesaikan, {resolved} sudah selesai.</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="126"/>
        <source>(the whole row)</source>
        <translation>(seluruh baris)</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="128"/>
        <source>(location)</source>
        <translation>(lokasi)</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="136"/>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <location filename="../plugin/conflicts_dock.py" line="140"/>
        <source>edited</source>
        <translation>disunting</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="19"/>
        <source>Merge field packages</source>
        <translation>Gabungkan paket lapangan</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="22"/>
        <source>Brings the edits of field teams back into the workspace: choose the package.json (or any file) of each returned package folder. Each row is matched by its uuid and compared three ways: the package&apos;s base (the rows as packaged), the package, and the workspace now.

A row changed only in a package takes the package&apos;s values; changes of different columns by different teams all apply; new rows are added, and a row deleted in the field is deleted where no one else changed it. The same column set to different values (by two teams, or by a team and the office since packaging), a moved point moved elsewhere too, and an edit against a delete are conflicts: they go to the layer &apos;Field merge conflicts&apos;, on the map, and nothing is overwritten until they are resolved in the conflicts panel, unless you choose a policy (office wins, field wins, newest wins; never for an edit against a delete).

All in one transaction: a failure leaves the workspace as it was, and merging the same packages again changes nothing. A package from another kelurahan is refused; one from an older plugin is read as upgraded.</source>
        <translation>Membawa suntingan tim lapangan kembali ke workspace: pilih package.json (atau berkas apa pun) dari tiap folder paket yang dikembalikan. Setiap baris dicocokkan dengan uuid-nya dan dibandingkan tiga arah: dasar paket (baris saat dipaketkan), paket, dan workspace sekarang.

Baris yang hanya diubah di paket mengambil nilai paket; perubahan kolom berbeda oleh tim berbeda semuanya diterapkan; baris baru ditambahkan, dan baris yang dihapus di lapangan dihapus bila tidak ada yang mengubahnya. Kolom yang sama diisi nilai berbeda (oleh dua tim, atau oleh tim dan kantor sejak dipaketkan), titik yang dipindah ke tempat lain juga oleh pihak lain, dan suntingan melawan penghapusan adalah konflik: konflik masuk ke lapisan 'Konflik penggabungan data lapangan', di peta, dan tidak ada yang ditimpa sampai diselesaikan di panel konflik, kecuali Anda memilih aturan (kantor menang, lapangan menang, terbaru menang; tidak pernah untuk suntingan melawan penghapusan).

Semua dalam satu transaksi: kegagalan meninggalkan workspace seperti semula, dan menggabungkan paket yang sama lagi tidak mengubah apa pun. Paket dari kelurahan lain ditolak; paket dari plugin lama dibaca sebagai sudah diperbarui.</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="39"/>
        <source>Returned packages (their package.json)</source>
        <translation>Paket yang dikembalikan (package.json-nya)</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="41"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="41"/>
        <source>Keep them to resolve (nothing overwritten)</source>
        <translation>Simpan untuk diselesaikan (tidak ada yang ditimpa)</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="41"/>
        <source>Office wins</source>
        <translation>Kantor menang</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="41"/>
        <source>Field wins</source>
        <translation>Lapangan menang</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="41"/>
        <source>Newest wins</source>
        <translation>Terbaru menang</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="45"/>
        <source>Language of the report</source>
        <translation>Bahasa laporan</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="47"/>
        <source>Rows changed</source>
        <translation>Baris yang berubah</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="48"/>
        <source>New conflicts</source>
        <translation>Konflik baru</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="49"/>
        <source>Photos copied</source>
        <translation>Foto yang disalin</translation>
    </message>
    <message>
        <location filename="../processing/merge_field.py" line="65"/>
        <source>Merge of field packages</source>
        <translation>Penggabungan paket lapangan</translation>
    </message>
    <message>
        <location filename="../processing/package_field.py" line="22"/>
        <source>Package for a field team</source>
        <translation>Paket untuk tim lapangan</translation>
    </message>
    <message>
        <location filename="../processing/package_field.py" line="25"/>
        <source>Writes a folder for one field team or tablet: a GeoPackage with the layers the team edits (households, facilities, problems, candidate sites, the action plan; the boundaries and meetings read-only), optionally only the team&apos;s RW, a QGIS project with the forms and styles that QField and Mergin Maps open (relative paths only), the photos under DCIM/, and a read-only copy of the rows as packaged (base.gpkg), which &apos;Merge field packages&apos; compares against to bring the team&apos;s edits back without losing anyone&apos;s.

The team name and the time are kept in package.json, with the workspace&apos;s kelurahan and schema version: a package is merged only into the workspace it was made from. A basemap (an MBTiles or GeoPackage raster you have) can be added; the plugin never downloads one.</source>
        <translation>Menulis satu folder untuk satu tim lapangan atau tablet: GeoPackage berisi lapisan yang disunting tim (rumah tangga, fasilitas, masalah, calon lokasi, rencana aksi; batas wilayah dan rembuk hanya-baca), bila diminta hanya RW tim itu, proyek QGIS dengan formulir dan simbologi yang dibuka QField dan Mergin Maps (hanya jalur relatif), foto di DCIM/, dan salinan hanya-baca dari baris saat dipaketkan (base.gpkg), pembanding bagi 'Gabungkan paket lapangan' untuk membawa kembali suntingan tim tanpa menghilangkan suntingan siapa pun.

Nama tim dan waktunya disimpan di package.json, bersama kelurahan dan versi skema workspace: paket hanya digabungkan ke workspace asalnya. Peta dasar (raster MBTiles atau GeoPackage milik Anda) dapat ditambahkan; plugin tidak pernah mengunduhnya.</translation>
    </message>
    <message>
        <location filename="../processing/package_field.py" line="38"/>
        <source>Team or device name</source>
        <translation>Nama tim atau perangkat</translation>
    </message>
    <message>
        <location filename="../processing/package_field.py" line="39"/>
        <source>Only this RW (its number; empty: the whole kelurahan)</source>
        <translation>Hanya RW ini (nomornya; kosong: seluruh kelurahan)</translation>
    </message>
    <message>
        <location filename="../processing/package_field.py" line="41"/>
        <source>Basemap (MBTiles or GeoPackage raster)</source>
        <translation>Peta dasar (MBTiles atau raster GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/package_field.py" line="45"/>
        <source>Package folder</source>
        <translation>Folder paket</translation>
    </message>
    <message>
        <location filename="../processing/package_field.py" line="46"/>
        <source>Project for QField</source>
        <translation>Proyek untuk QField</translation>
    </message>
    <message>
        <location filename="../processing/package_field.py" line="57"/>
        <source>Package of {team} written to {folder} ({photos} photos).</source>
        <translation>Paket {team} ditulis ke {folder} ({photos} foto).</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="76"/>
        <source>Give the team or device a name: it is how its edits are known at the merge.</source>
        <translation>Beri nama tim atau perangkat: dengan nama itu suntingannya dikenali saat penggabungan.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="78"/>
        <source>The folder {folder} is not empty. Choose a new or empty folder for the package.</source>
        <translation>Folder {folder} tidak kosong. Pilih folder baru atau kosong untuk paket.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="81"/>
        <source>The basemap {path} is not an MBTiles or GeoPackage file.</source>
        <translation>Peta dasar {path} bukan berkas MBTiles atau GeoPackage.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="83"/>
        <source>The basemap {path} holds no raster QGIS can read.</source>
        <translation>Peta dasar {path} tidak berisi raster yang dapat dibaca QGIS.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="92"/>
        <source>The workspace has no RW {rw}; its RW are: {codes}.</source>
        <translation>Workspace tidak memiliki RW {rw}; RW-nya: {codes}.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="107"/>
        <source>The package cannot be written to {folder} ({reason}); nothing was left there.</source>
        <translation>Paket tidak dapat ditulis ke {folder} ({reason}); tidak ada yang tertinggal di sana.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="202"/>
        <source>The photo {path} of {layer} {uuid} is not there; its path is kept as it is.</source>
        <translation>Foto {path} dari {layer} {uuid} tidak ada; jalurnya dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="237"/>
        <source>Basemap</source>
        <translation>Peta dasar</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="272"/>
        <source>{folder} is not a field package (no readable {name}: {reason}).</source>
        <translation>{folder} bukan paket lapangan ({name} tidak dapat dibaca: {reason}).</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="275"/>
        <source>{folder} is not a field package made by CSIAP Planner.</source>
        <translation>{folder} bukan paket lapangan buatan CSIAP Planner.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="278"/>
        <source>The package {folder} lacks its {name}; it cannot be merged.</source>
        <translation>Paket {folder} tidak memiliki {name}; paket tidak dapat digabungkan.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="283"/>
        <source>The package {folder} was made by a newer CSIAP Planner (schema version {found}; this plugin knows up to {known}). Update the plugin, then merge it.</source>
        <translation>Paket {folder} dibuat oleh CSIAP Planner yang lebih baru (versi skema {found}; plugin ini hanya mengenal sampai {known}). Perbarui plugin, lalu gabungkan.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="291"/>
        <source>The package {folder} comes from another workspace (kelurahan {theirs}, not {ours}); it was not merged. Merge it into the workspace it was made from.</source>
        <translation>Paket {folder} berasal dari workspace lain (kelurahan {theirs}, bukan {ours}); paket tidak digabungkan. Gabungkan ke workspace asalnya.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="309"/>
        <source>{field} is empty; it is required</source>
        <translation>{field} kosong; kolom ini wajib diisi</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="312"/>
        <source>{field} holds {value!r}, not one of its codes</source>
        <translation>{field} berisi {value!r}, bukan salah satu kodenya</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="317"/>
        <source>{field} is {value}, outside {low}–{high}</source>
        <translation>{field} bernilai {value}, di luar {low}–{high}</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="387"/>
        <source>The photo {source} cannot be copied to {target} ({reason}); the workspace was not changed.</source>
        <translation>Foto {source} tidak dapat disalin ke {target} ({reason}); workspace tidak diubah.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="429"/>
        <source>Two packages carry the team name {team}; merge them one at a time, or give each team its own name.</source>
        <translation>Dua paket memakai nama tim {team}; gabungkan satu per satu, atau beri tiap tim namanya sendiri.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="548"/>
        <source>Two of the chosen conflicts give {layer} {uuid}.{column} different values ({one}, {other}); take one team&apos;s value at a time. Nothing was changed.</source>
        <translation>Dua konflik yang dipilih memberi {layer} {uuid}.{column} nilai berbeda ({one}, {other}); ambil nilai satu tim saja setiap kali. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="590"/>
        <source>Policy for conflicts: {policy}.</source>
        <translation>Aturan untuk konflik: {policy}.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="593"/>
        <source>{team} · {layer}: {rows} rows = {unchanged} unchanged + {applied} applied + {conflicts} in conflict + {rejected} rejected.</source>
        <translation>{team} · {layer}: {rows} baris = {unchanged} tidak berubah + {applied} diterapkan + {conflicts} konflik + {rejected} ditolak.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="599"/>
        <source>{team} · {layer}, row {uuid}: rejected, {reason}.</source>
        <translation>{team} · {layer}, baris {uuid}: ditolak, {reason}.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="602"/>
        <source>{conflicts} new conflicts recorded in the layer of merge conflicts; {photos} photos copied.</source>
        <translation>{conflicts} konflik baru dicatat di lapisan konflik penggabungan; {photos} foto disalin.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="605"/>
        <source>The package of {team} was made by an older schema: read as upgraded (the fields it lacked count as unchanged), every row kept.</source>
        <translation>Paket {team} dibuat dengan skema lama: dibaca sebagai sudah diperbarui (kolom yang tidak dimilikinya dihitung tidak berubah), semua baris tetap ada.</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="612"/>
        <source>no uuid</source>
        <translation>tanpa uuid</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="613"/>
        <source>its uuid is repeated in the package</source>
        <translation>uuid-nya berulang di dalam paket</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="618"/>
        <source>none: every conflict waits to be resolved, nothing is overwritten</source>
        <translation>tidak ada: setiap konflik menunggu diselesaikan, tidak ada yang ditimpa</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="619"/>
        <source>office wins: the workspace&apos;s values stay</source>
        <translation>kantor menang: nilai workspace tetap</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="620"/>
        <source>field wins: the package&apos;s value is written (the newest package&apos;s, where packages differ)</source>
        <translation>lapangan menang: nilai paket yang ditulis (nilai paket terbaru, bila paket berbeda)</translation>
    </message>
    <message>
        <location filename="../workspace/field.py" line="622"/>
        <source>newest wins: the value saved last, by the time the package&apos;s and the workspace&apos;s files were saved (the office&apos;s only where it changed the value)</source>
        <translation>terbaru menang: nilai yang disimpan terakhir, menurut waktu berkas paket dan workspace disimpan (waktu kantor hanya bila kantor mengubah nilainya)</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="876"/>
        <source>Cannot update the row {uuid} of {layer}: {reason}</source>
        <translation>Baris {uuid} dari {layer} tidak dapat diperbarui: {reason}</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="257"/>
        <source>Priority {first}–{last}</source>
        <translation>Prioritas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="257"/>
        <source>Priority {first} and after</source>
        <translation>Prioritas {first} dan seterusnya</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="270"/>
        <source>survey first</source>
        <translation>survei dulu</translation>
    </message>
    <message>
        <location filename="../report/annex.py" line="353"/>
        <source>Location priorities not computed yet (csiap:prioritiseareas): the map shows the option ranked first in each location.</source>
        <translation>Prioritas lokasi belum dihitung (csiap:prioritiseareas): peta ini menampilkan opsi peringkat pertama di tiap lokasi.</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="35"/>
        <source>Writes the mapped annexes of the CSIAP into one folder: the social, problems, risk, location priorities and action plan maps (overview and one page per RW or RT) as PDF and PNG from the layout templates (A3 landscape or A1 poster for the rembuk, A4 portrait for the annex; a template saved in your profile folder csiap_planner/templates/ is used instead of ours); the tables (indicators, problems per RT, screening, scores, ranking, priorities, the action plan) as XLSX and CSV; the Musrenbang proposal list and the RKM draft; the excreta flow diagrams (SFD) of the kelurahan and of each RW with their assumption register; the Venn diagram, seasonal calendar, stages and meetings; the annex document (PDF) in a CSIAP&apos;s order (seven numbered chapters, numbered captions, maps on landscape pages, a signature page) with its contents, page numbers and sources; and manifest.json listing every file.

By default no names, NIK or phone numbers appear in any file.</source>
        <translation>Menulis lampiran peta CSIAP ke satu folder: peta sosial, permasalahan, risiko, prioritas lokasi dan rencana aksi (ikhtisar dan satu halaman per RW atau RT) sebagai PDF dan PNG dari templat tata letak (A3 mendatar atau poster A1 untuk rembuk, A4 tegak untuk lampiran; templat yang disimpan di folder profil csiap_planner/templates/ dipakai menggantikan templat kami); tabel (indikator, masalah per RT, penyaringan, nilai, peringkat, prioritas, rencana aksi) sebagai XLSX dan CSV; daftar usulan Musrenbang dan draf RKM; diagram aliran tinja (SFD) kelurahan dan tiap RW beserta daftar asumsinya; diagram kelembagaan, kalender musim, tahapan dan rembuk; dokumen lampiran (PDF) menurut urutan CSIAP (tujuh bab bernomor, keterangan bernomor, peta di halaman mendatar, halaman tanda tangan) dengan daftar isi, nomor halaman dan sumber; serta manifest.json yang mendaftar setiap file.

Secara bawaan tidak ada nama, NIK atau nomor telepon di file mana pun.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="496"/>
        <source>The schema {schema} already exists in that database. A workspace is not replaced unless you tick &apos;Replace an existing workspace&apos; (OVERWRITE); it is then kept as a dated backup schema.</source>
        <translation>Skema {schema} sudah ada di basis data itu. Workspace tidak diganti kecuali Anda mencentang 'Ganti workspace yang sudah ada' (OVERWRITE); skema lama lalu disimpan sebagai skema cadangan bertanggal.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="276"/>
        <source>The replaced workspace is kept as the schema {schema}</source>
        <translation>Workspace yang diganti disimpan sebagai skema {schema}</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="120"/>
        <source>{reference} is not a PostgreSQL connection: {reason}</source>
        <translation>{reference} bukan koneksi PostgreSQL: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="126"/>
        <source>{reference} names no schema: add schema=&lt;name of the kelurahan&apos;s schema&gt;.</source>
        <translation>{reference} tidak menyebut skema: tambahkan schema=&lt;nama skema kelurahan&gt;.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="160"/>
        <source>There is no PostgreSQL connection named {name} in QGIS. Save it in the Data Source Manager (PostgreSQL), or give a postgresql:// address.</source>
        <translation>Tidak ada koneksi PostgreSQL bernama {name} di QGIS. Simpan koneksi itu di Data Source Manager (PostgreSQL), atau isi alamat postgresql://.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="255"/>
        <source>The workspace {path} is being changed by another editor or algorithm; waited {seconds} s for it. Nothing was changed. Try again in a moment.</source>
        <translation>Workspace {path} sedang diubah oleh penyunting atau algoritma lain; sudah ditunggu {seconds} detik. Tidak ada yang diubah. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="259"/>
        <source>The database server of {path} has no space left. Nothing was changed. Ask its administrator to free some space.</source>
        <translation>Server basis data {path} kehabisan ruang penyimpanan. Tidak ada yang diubah. Minta administratornya mengosongkan ruang.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="263"/>
        <source>You may not change the workspace {path} ({reason}). Nothing was changed. Ask the database&apos;s administrator for write access to the schema.</source>
        <translation>Anda tidak berhak mengubah workspace {path} ({reason}). Tidak ada yang diubah. Minta administrator basis data memberi hak tulis pada skema itu.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="269"/>
        <source>The database server refused the user name or password for {path}. Check them in the connection (or in QGIS&apos;s saved connection) and try again.</source>
        <translation>Server basis data menolak nama pengguna atau kata sandi untuk {path}. Periksa keduanya di koneksi (atau di koneksi yang disimpan di QGIS) lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="273"/>
        <source>The database of {path} does not exist on that server. Check the database name, or ask its administrator to create it (with the postgis extension).</source>
        <translation>Basis data {path} tidak ada di server itu. Periksa nama basis data, atau minta administratornya membuatnya (dengan ekstensi postgis).</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="316"/>
        <source>The schema of {path} does not exist in that database. Check its name, or create the workspace there first (&apos;Create workspace&apos;).</source>
        <translation>Skema {path} tidak ada di basis data itu. Periksa namanya, atau buat dulu workspacenya di sana ('Buat workspace').</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="282"/>
        <source>The database server of {path} cannot be reached ({reason}). Check the host and port, and that the server is running and this computer is on its network.</source>
        <translation>Server basis data {path} tidak dapat dihubungi ({reason}). Periksa host dan port, dan pastikan server berjalan serta komputer ini terhubung ke jaringannya.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="290"/>
        <source>The schema {schema} ({path}) is not a CSIAP Planner workspace (no schema_version table). Create a workspace with &apos;Create workspace&apos; first.</source>
        <translation>Skema {schema} ({path}) bukan workspace CSIAP Planner (tidak ada tabel schema_version). Buat dulu workspace dengan 'Buat workspace'.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="341"/>
        <source>The CRS {crs} has no EPSG code, which a PostGIS workspace needs. Choose an EPSG CRS (for example WGS 84 / UTM zone 48S, EPSG:32748).</source>
        <translation>CRS {crs} tidak memiliki kode EPSG, padahal workspace PostGIS memerlukannya. Pilih CRS EPSG (misalnya WGS 84 / UTM zona 48S, EPSG:32748).</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="493"/>
        <source>The database does not know EPSG:{srid}; choose another CRS.</source>
        <translation>Basis data tidak mengenal EPSG:{srid}; pilih CRS lain.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis.py" line="743"/>
        <source>there is no such row</source>
        <translation>baris itu tidak ada</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="39"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="52"/>
        <source>Workspace (GeoPackage file, or PostGIS: postgresql://…?schema=…)</source>
        <translation>Workspace (berkas GeoPackage, atau PostGIS: postgresql://…?schema=…)</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="25"/>
        <source>Creates the planning workspace of one kelurahan: a GeoPackage holding every layer and table of the CSIAP data model (RW, RT, households, facilities, problems, meetings, scoring and more) with forms and styles, and a QGIS project beside it.

Give a boundary layer to draw the kelurahan outline and to choose the UTM zone automatically, or choose a projected CRS yourself.

An existing workspace is never replaced silently: tick &apos;Replace an existing workspace&apos; to replace it; its GeoPackage and project are then kept beside it as name.backup-date-time.gpkg and .qgz.

A workspace shared by several editors lives in a PostgreSQL/PostGIS database: type its reference as the workspace, for example postgresql://user@host:5432/database?schema=pondok_pinang (one schema per kelurahan; the project is kept in the schema). A schema being replaced is kept as schema_backup_date_time.</source>
        <translation>Membuat workspace perencanaan satu kelurahan: GeoPackage berisi setiap layer dan tabel model data CSIAP (RW, RT, rumah tangga, fasilitas, masalah, rembuk, skoring, dan lainnya) lengkap dengan formulir dan gaya, serta proyek QGIS di sebelahnya.

Berikan layer batas untuk menggambar batas kelurahan dan memilih zona UTM secara otomatis, atau pilih sendiri CRS terproyeksi.

Workspace yang sudah ada tidak pernah diganti diam-diam: centang 'Ganti workspace yang sudah ada' untuk menggantinya; GeoPackage dan proyeknya lalu disimpan di sebelahnya sebagai nama.backup-tanggal-jam.gpkg dan .qgz.

Workspace yang dipakai bersama beberapa penyunting disimpan di basis data PostgreSQL/PostGIS: ketik rujukannya sebagai workspace, misalnya postgresql://pengguna@host:5432/basisdata?schema=pondok_pinang (satu skema per kelurahan; proyeknya disimpan di skema itu). Skema yang diganti disimpan sebagai skema_backup_tanggal_jam.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="19"/>
        <source>Brings a workspace made by an older CSIAP Planner to the schema of this one, so the other algorithms can work in it: new layers, fields, code lists, forms and default styles are added; nothing is removed and every row stays.

Copies of the old GeoPackage and project are kept beside them (name.schema1.gpkg, name.schema1.qgz). Close the workspace's project before upgrading it. A workspace that is already current is left as it is.

A PostGIS workspace (postgresql://…?schema=…) is upgraded in place, in one transaction that only adds; its project, kept in the schema, gets the new layers and forms.</source>
        <translation>Memperbarui workspace yang dibuat oleh CSIAP Planner versi lama ke skema versi ini, agar algoritma lain dapat bekerja di dalamnya: layer, field, daftar kode, formulir dan gaya bawaan yang baru ditambahkan; tidak ada yang dihapus dan setiap baris tetap ada.

Salinan GeoPackage dan proyek lama disimpan di sampingnya (nama.schema1.gpkg, nama.schema1.qgz). Tutup proyek workspace sebelum memperbaruinya. Workspace yang sudah terbaru dibiarkan apa adanya.

Workspace PostGIS (postgresql://…?schema=…) diperbarui di tempat, dalam satu transaksi yang hanya menambah; proyeknya, yang disimpan di skema itu, mendapat layer dan formulir baru.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="56"/>
        <source>Upgraded to schema version {version} in place; nothing was removed.</source>
        <translation>Diperbarui ke versi skema {version} di tempat; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="26"/>
        <source>Publish workspace</source>
        <translation>Publikasikan workspace</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="29"/>
        <source>Copies every layer of a workspace (a kelurahan&apos;s GeoPackage) into a shared workspace, a schema of a PostgreSQL/PostGIS database where several people work: a QGIS connection name and the schema (&apos;Pokja Kota|schema=pondok_pinang&apos;), &apos;service=pokja schema=pondok_pinang&apos;, or &apos;postgresql://user@host:5432/db?schema=pondok_pinang&apos;. Where the schema does not exist yet it is made, with the same layers, fields, code lists, styles and schema version.

Rows are matched by their uuid: a row the shared workspace lacks is added, one it has is updated with this workspace&apos;s values, so publishing again only brings the edits made since and never doubles a row.

Rows only in the shared workspace are kept: they are another editor&apos;s work, or rows deleted here since the last publish, and the two cannot be told apart. Tick &apos;Delete the rows this workspace lacks&apos; (DELETE_MISSING) only where this workspace holds everybody&apos;s work (for example a kelurahan taken offline and edited only there): the shared workspace then becomes its copy and every row it lacks is deleted.

A shared workspace of another kelurahan, of another schema version or in another CRS is refused. Everything is written in one transaction: a failure leaves the shared workspace as it was.</source>
        <translation>Menyalin setiap lapisan sebuah workspace (GeoPackage satu kelurahan) ke workspace bersama, yaitu skema basis data PostgreSQL/PostGIS tempat beberapa orang bekerja: nama koneksi QGIS dan skemanya ('Pokja Kota|schema=pondok_pinang'), 'service=pokja schema=pondok_pinang', atau 'postgresql://user@host:5432/db?schema=pondok_pinang'. Bila skema belum ada, skema dibuat dengan lapisan, kolom, daftar kode, gaya dan versi skema yang sama.

Baris dicocokkan dengan uuid-nya: baris yang belum ada di workspace bersama ditambahkan, baris yang sudah ada diperbarui dengan nilai workspace ini, sehingga publikasi berikutnya hanya membawa suntingan sejak itu dan tidak pernah menggandakan baris.

Baris yang hanya ada di workspace bersama dipertahankan: itu hasil kerja penyunting lain, atau baris yang dihapus di sini sejak publikasi terakhir, dan keduanya tidak dapat dibedakan. Centang 'Hapus baris yang tidak ada di workspace ini' (DELETE_MISSING) hanya bila workspace ini memuat hasil kerja semua orang (misalnya kelurahan yang dibawa luring dan hanya disunting di sana): workspace bersama lalu menjadi salinannya dan setiap baris yang tidak ada di sini dihapus.

Workspace bersama milik kelurahan lain, dengan versi skema lain atau CRS lain ditolak. Semua ditulis dalam satu transaksi: kegagalan meninggalkan workspace bersama seperti semula.</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="35"/>
        <source>Shared workspace (PostGIS connection and schema)</source>
        <translation>Workspace bersama (koneksi PostGIS dan skema)</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="49"/>
        <source>Delete the rows this workspace lacks (the shared workspace becomes its copy)</source>
        <translation>Hapus baris yang tidak ada di workspace ini (workspace bersama menjadi salinannya)</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="52"/>
        <source>Shared workspace</source>
        <translation>Workspace bersama</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="53"/>
        <source>Rows unchanged</source>
        <translation>Baris tidak berubah</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="53"/>
        <source>Rows only in the shared workspace, kept</source>
        <translation>Baris yang hanya ada di workspace bersama, dipertahankan</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="53"/>
        <source>Rows deleted</source>
        <translation>Baris dihapus</translation>
    </message>
    <message>
        <location filename="../processing/publish_workspace.py" line="63"/>
        <source>Give the shared workspace to publish into.</source>
        <translation>Isi workspace bersama tujuan publikasi.</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="22"/>
        <source>Take workspace offline</source>
        <translation>Bawa workspace luring</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="25"/>
        <source>Copies a shared workspace (a schema of a PostgreSQL/PostGIS database: a QGIS connection name and the schema, 'service=… schema=…' or 'postgresql://…?schema=…') into a new workspace GeoPackage with its QGIS project, as 'Create workspace' writes them: every layer and row, the forms, code lists and styles. Take it where there is no network (field packages for the teams are made from it as from any workspace), then bring the work back with 'Publish workspace'.

An existing workspace is never replaced silently: tick 'Replace an existing workspace' to replace it; its GeoPackage and project are then kept beside it as name.backup-date-time.gpkg and .qgz.</source>
        <translation>Menyalin workspace bersama (skema basis data PostgreSQL/PostGIS: nama koneksi QGIS dan skemanya, 'service=… schema=…' atau 'postgresql://…?schema=…') ke workspace GeoPackage baru beserta proyek QGIS-nya, seperti yang ditulis 'Buat workspace': setiap lapisan dan baris, formulir, daftar kode dan gaya. Bawa ke tempat tanpa jaringan (paket lapangan untuk tim dibuat darinya seperti dari workspace mana pun), lalu bawa kembali hasil kerjanya dengan 'Publikasikan workspace'.

Workspace yang sudah ada tidak pernah diganti diam-diam: centang 'Ganti workspace yang sudah ada' untuk menggantinya; GeoPackage dan proyeknya lalu disimpan di sampingnya sebagai nama.backup-tanggal-jam.gpkg dan .qgz.</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="42"/>
        <source>Rows copied</source>
        <translation>Baris disalin</translation>
    </message>
    <message>
        <location filename="../processing/take_offline.py" line="49"/>
        <source>Give the shared workspace to take offline.</source>
        <translation>Isi workspace bersama yang akan dibawa luring.</translation>
    </message>
    <message>
        <location filename="../workspace/publish.py" line="108"/>
        <source>Row {number} of {layer} in {workspace} has no uuid, so it cannot be matched with the other workspace. Give it one (the form fills it) and try again; nothing was written.</source>
        <translation>Baris {number} dari {layer} di {workspace} tidak punya uuid, sehingga tidak dapat dicocokkan dengan workspace lain. Beri uuid (formulir mengisinya) lalu coba lagi; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/publish.py" line="113"/>
        <source>The uuid {uuid} is twice in {layer} of {workspace}; each row needs its own. Nothing was written.</source>
        <translation>uuid {uuid} ada dua kali di {layer} pada {workspace}; setiap baris perlu uuid sendiri. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/publish.py" line="169"/>
        <source>{workspace} has schema version {found}; this plugin copies workspaces of version {known}. Upgrade it first with &apos;Upgrade workspace&apos;; nothing was written.</source>
        <translation>{workspace} memakai skema versi {found}; plugin ini menyalin workspace versi {known}. Perbarui dulu dengan 'Perbarui workspace'; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/publish.py" line="181"/>
        <source>{target} holds another kelurahan ({theirs}, uuid {theirs_uuid}) than {source} ({ours}, uuid {ours_uuid}). Publish each kelurahan into its own schema; nothing was written.</source>
        <translation>{target} berisi kelurahan lain ({theirs}, uuid {theirs_uuid}) daripada {source} ({ours}, uuid {ours_uuid}). Publikasikan setiap kelurahan ke skemanya sendiri; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/publish.py" line="189"/>
        <source>{target} is stored in {theirs}, {source} in {ours}; a copy does not reproject. Nothing was written.</source>
        <translation>{target} disimpan dalam {theirs}, {source} dalam {ours}; penyalinan tidak memproyeksikan ulang. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/publish.py" line="262"/>
        <source>{layer}: {added} added, {updated} updated, {unchanged} unchanged; {kept} only in the target kept, {deleted} deleted.</source>
        <translation>{layer}: {added} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah; {kept} yang hanya ada di tujuan dipertahankan, {deleted} dihapus.</translation>
    </message>
    <message>
        <location filename="../workspace/publish.py" line="204"/>
        <source>{target} names no workspace: give a PostGIS schema (a QGIS connection name and the schema, &apos;Pokja Kota|schema=pondok_pinang&apos;; &apos;service=pokja schema=pondok_pinang&apos;; &apos;postgresql://user@host:5432/db?schema=pondok_pinang&apos;) or a GeoPackage (.gpkg). Nothing was written.</source>
        <translation>{target} tidak menyebut workspace: isi skema PostGIS (nama koneksi QGIS dan skemanya, 'Pokja Kota|schema=pondok_pinang'; 'service=pokja schema=pondok_pinang'; 'postgresql://user@host:5432/db?schema=pondok_pinang') atau GeoPackage (.gpkg). Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="19"/>
        <source>Consolidate kelurahan (kota)</source>
        <translation>Gabungkan kelurahan (kota)</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="22"/>
        <source>The kabupaten/kota view for the DPIU or Satker: the plans of many kelurahan in one GeoPackage, for the kecamatan and kota Musrenbang.

Workspaces: one per line (or separated by ;), each a kelurahan GeoPackage or a PostGIS workspace reference (postgresql://…?schema=NAME, service=… schema=NAME, or a saved connection name|schema=NAME), or a folder: every GeoPackage in it but the plugin's backup copies.

The GeoPackage holds: kelurahan (one row per workspace given, with its outline, whether it was included and, if not, why); the indicators per RT/RW, the location priorities, the agreed priority orders and the action plans of every kelurahan included, each row with its kelurahan's name and Kemendagri code; priority_list, the proposals of all kelurahan in one order, round by round (every kelurahan's first proposal, then every second one, and so on: each kelurahan's own order is kept), within a round by the priority score of the proposal's location (the rule and its source are in the map's footer); and funding_totals, the estimated costs by funding source per kelurahan and in all (the swadaya shares counted as swadaya).

A workspace of an older schema (upgrade it first), one that cannot be read, or a kelurahan given twice is reported and left out whole, never half-included. No personal data is copied. The workspaces are only read. The map (PDF, optional) colours the kelurahan by the estimated cost of their plans.</source>
        <translation>Tampilan kabupaten/kota untuk DPIU atau Satker: rencana banyak kelurahan dalam satu GeoPackage, untuk Musrenbang kecamatan dan kota.

Workspace: satu per baris (atau dipisah ;), masing-masing GeoPackage kelurahan atau referensi workspace PostGIS (postgresql://…?schema=NAMA, service=… schema=NAMA, atau nama koneksi tersimpan|schema=NAMA), atau folder: semua GeoPackage di dalamnya kecuali salinan cadangan plugin.

GeoPackage berisi: kelurahan (satu baris per workspace, dengan batas wilayahnya, apakah digabung dan, bila tidak, alasannya); indikator per RT/RW, prioritas lokasi, urutan prioritas yang disepakati dan rencana aksi setiap kelurahan yang digabung, tiap baris dengan nama dan kode Kemendagri kelurahannya; priority_list, usulan semua kelurahan dalam satu urutan, putaran demi putaran (usulan pertama tiap kelurahan, lalu usulan kedua tiap kelurahan, dan seterusnya: urutan tiap kelurahan sendiri dipertahankan), dalam satu putaran menurut nilai prioritas lokasi usulan (aturan dan sumbernya ada di kaki peta); dan funding_totals, perkiraan biaya per sumber dana per kelurahan dan seluruhnya (bagian swadaya dihitung sebagai swadaya).

Workspace dengan skema lama (perbarui dulu), yang tidak dapat dibaca, atau kelurahan yang diberikan dua kali dilaporkan dan tidak digabung sama sekali, tidak pernah setengah. Data pribadi tidak disalin. Workspace hanya dibaca. Peta (PDF, opsional) mewarnai kelurahan menurut perkiraan biaya rencananya.</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="42"/>
        <source>Kelurahan workspaces (one per line: GeoPackage, PostGIS reference or folder)</source>
        <translation>Workspace kelurahan (satu per baris: GeoPackage, referensi PostGIS atau folder)</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="45"/>
        <source>Language of the tables, reasons and map</source>
        <translation>Bahasa tabel, alasan dan peta</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="46"/>
        <source>Kabupaten/kota GeoPackage</source>
        <translation>GeoPackage kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="48"/>
        <source>Kota map (PDF)</source>
        <translation>Peta kota (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="50"/>
        <source>Kelurahan included</source>
        <translation>Kelurahan yang digabung</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="51"/>
        <source>Kelurahan not included</source>
        <translation>Kelurahan yang tidak digabung</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="52"/>
        <source>Proposals in the priority list</source>
        <translation>Usulan dalam daftar prioritas</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="65"/>
        <source>{name}: included, {actions} proposals.</source>
        <translation>{name}: digabung, {actions} usulan.</translation>
    </message>
    <message>
        <location filename="../processing/consolidate.py" line="68"/>
        <source>{workspace}: not included: {reason}</source>
        <translation>{workspace}: tidak digabung: {reason}</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="46"/>
        <source>first: {location}</source>
        <translation>pertama: {location}</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="55"/>
        <source>Rp {low} – {high}</source>
        <translation>Rp {low} – {high}</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="69"/>
        <source>Estimated cost of the action plan</source>
        <translation>Perkiraan biaya rencana aksi</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="72"/>
        <source>Cannot read {path}.</source>
        <translation>Tidak dapat membaca {path}.</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="81"/>
        <source>Costs: the action plans of the kelurahan workspaces, as stored there.</source>
        <translation>Biaya: rencana aksi di workspace kelurahan, sebagaimana tersimpan di sana.</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="84"/>
        <source>SYNTHETIC data (sample, not real) in: {names}.</source>
        <translation>Data SINTETIS (contoh, bukan data nyata) di: {names}.</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="87"/>
        <source>Not included: {names}.</source>
        <translation>Tidak digabung: {names}.</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="89"/>
        <source>{included} kelurahan consolidated, {refused} not included; estimated cost Rp {total}</source>
        <translation>{included} kelurahan digabung, {refused} tidak digabung; perkiraan biaya Rp {total}</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="92"/>
        <source>Kelurahan sanitation action plans</source>
        <translation>Rencana aksi sanitasi kelurahan</translation>
    </message>
    <message>
        <location filename="../report/kota_map.py" line="95"/>
        <source>{date} · CSIAP Planner</source>
        <translation>{date} · CSIAP Planner</translation>
    </message>
    <message>
        <location filename="../workspace/consolidate.py" line="123"/>
        <source>schema version {found}, made by an older CSIAP Planner (this plugin uses {known}): upgrade it with &apos;Upgrade workspace&apos; first, then consolidate again</source>
        <translation>versi skema {found}, dibuat oleh CSIAP Planner yang lebih lama (plugin ini memakai {known}): perbarui dulu dengan 'Perbarui workspace', lalu gabungkan lagi</translation>
    </message>
    <message>
        <location filename="../workspace/consolidate.py" line="133"/>
        <source>it has no kelurahan row with a name: fill in the kelurahan layer first</source>
        <translation>tidak ada baris kelurahan yang bernama: isi dulu lapisan kelurahan</translation>
    </message>
    <message>
        <location filename="../workspace/consolidate.py" line="137"/>
        <source>the same kelurahan as {other} (given twice, or a copy of it)</source>
        <translation>kelurahan yang sama dengan {other} (diberikan dua kali, atau salinannya)</translation>
    </message>
    <message>
        <location filename="../workspace/consolidate.py" line="150"/>
        <source>cannot be read: {reason}</source>
        <translation>tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/consolidate.py" line="217"/>
        <source>No workspace given: list the kelurahan workspaces (GeoPackage files or PostGIS references), one per line.</source>
        <translation>Belum ada workspace: tuliskan workspace kelurahan (file GeoPackage atau referensi PostGIS), satu per baris.</translation>
    </message>
    <message>
        <location filename="../workspace/consolidate.py" line="233"/>
        <source>None of the workspaces can be consolidated; nothing was written:</source>
        <translation>Tidak satu pun workspace dapat digabung; tidak ada yang ditulis:</translation>
    </message>
    <message>
        <location filename="../workspace/postgis_versions.py" line="124"/>
        <source>{layer} (table {table}), feature {uuid}{fields}: changed by {editor} at {time} after it was read (version {read} was read, it is now version {current}). The change was not saved: read the layer again (reload it) and make the change again.</source>
        <translation>{layer} (tabel {table}), fitur {uuid}{fields}: sudah diubah oleh {editor} pada {time} setelah fitur itu dibaca (yang dibaca versi {read}, sekarang versi {current}). Perubahan ini tidak disimpan: baca ulang layer (muat ulang) lalu ulangi perubahannya.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis_versions.py" line="287"/>
        <source>… and {count} more rows changed in the meantime.</source>
        <translation>… dan {count} baris lain yang diubah sementara itu.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis_versions.py" line="289"/>
        <source>Nothing was written: another editor changed these rows after they were read.</source>
        <translation>Tidak ada yang ditulis: pengguna lain mengubah baris berikut setelah baris itu dibaca.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis_versions.py" line="300"/>
        <source>Nothing was written: {reason}</source>
        <translation>Tidak ada yang ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/postgis_versions.py" line="304"/>
        <source>Nothing was written: another editor is saving rows of {layer} at this moment (their change is not finished after {seconds:g} s). Try again in a moment.</source>
        <translation>Tidak ada yang ditulis: pengguna lain sedang menyimpan baris {layer} saat ini (perubahannya belum selesai setelah {seconds:g} detik). Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../workspace/postgis_versions.py" line="304"/>
        <source>the workspace</source>
        <translation>workspace</translation>
    </message>
    <message>
        <location filename="../workspace/postgis_versions.py" line="432"/>
        <source>{layer}: another editor or an algorithm deleted features you edited ({features}) after you began; your changes to them cannot be saved.</source>
        <translation>{layer}: pengguna lain atau sebuah algoritma menghapus fitur yang Anda ubah ({features}) setelah Anda mulai mengubahnya; perubahan Anda pada fitur itu tidak dapat disimpan.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="316"/>
        <source>The workspace has no project ({path}).</source>
        <translation>Workspace ini tidak memiliki proyek QGIS ({path}).</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="350"/>
        <source>This workspace was made by an older CSIAP Planner (schema version {found}). Upgrade it to version {known} now? Nothing is removed.</source>
        <translation>Workspace ini dibuat oleh CSIAP Planner versi lama (versi skema {found}). Tingkatkan ke versi {known} sekarang? Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="63"/>
        <source>A GeoPackage file (one kelurahan, works offline)</source>
        <translation>Berkas GeoPackage (satu kelurahan, bisa luring)</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="70"/>
        <source>A shared workspace in a PostGIS database</source>
        <translation>Workspace bersama di basis data PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="78"/>
        <source>Find workspaces</source>
        <translation>Cari workspace</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="79"/>
        <source>List the schemas of this database that hold a CSIAP workspace.</source>
        <translation>Tampilkan skema di basis data ini yang berisi workspace CSIAP.</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="80"/>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="81"/>
        <source>Workspace (schema)</source>
        <translation>Workspace (skema)</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="98"/>
        <source>No PostgreSQL connection is saved in QGIS. To open a shared workspace, add one first: Layer → Data Source Manager → PostgreSQL → New.</source>
        <translation>Belum ada koneksi PostgreSQL yang tersimpan di QGIS. Untuk membuka workspace bersama, tambahkan dulu: Layer → Data Source Manager → PostgreSQL → New.</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="150"/>
        <source>The database of the connection {name} cannot be read: {reason}</source>
        <translation>Basis data koneksi {name} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/open_workspace_dialog.py" line="153"/>
        <source>The database of the connection {name} holds no CSIAP workspace (no schema with a schema_version table). Publish a workspace there first, or choose another connection.</source>
        <translation>Basis data koneksi {name} tidak berisi workspace CSIAP (tidak ada skema dengan tabel schema_version). Terbitkan workspace ke sana dulu, atau pilih koneksi lain.</translation>
    </message>
    <message>
        <location filename="../plugin/workspace_banner.py" line="18"/>
        <source>No workspace is open. Open the project of a workspace (a kelurahan&apos;s GeoPackage file, or a shared workspace in a PostGIS database), or create a workspace for your kelurahan.</source>
        <translation>Belum ada workspace yang terbuka. Buka proyek sebuah workspace (berkas GeoPackage kelurahan, atau workspace bersama di basis data PostGIS), atau buat workspace untuk kelurahan Anda.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="80"/>
        <source>{path} was made by an older CSIAP Planner (schema version {found}; this plugin uses {known}). Upgrade it first: open it from the menu CSIAP Planner → Open workspace…, or run the algorithm 'Upgrade workspace'.</source>
        <translation>{path} dibuat oleh CSIAP Planner versi lama (skema versi {found}; plugin ini memakai {known}). Perbarui dulu: buka dari menu CSIAP Planner → Buka workspace…, atau jalankan algoritma 'Perbarui workspace'.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="85"/>
        <source>Copies of the old files are kept.</source>
        <translation>Salinan berkas lama disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/columnar.py" line="80"/>
        <source>Cannot read the layer {layer} of the workspace {path}.</source>
        <translation>Lapisan {layer} dari workspace {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../workspace/columnar.py" line="255"/>
        <source>The layer {layer} of the workspace {path} changed while it was read.</source>
        <translation>Lapisan {layer} dari workspace {path} berubah saat sedang dibaca.</translation>
    </message>
</context>
</TS>
