<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/workspace_banner.py" line="24"/>
        <source>Create workspace…</source>
        <translation>Buat workspace…</translation>
    </message>
    <message>
        <location filename="../plugin/workspace_banner.py" line="23"/>
        <source>Open workspace…</source>
        <translation>Buka workspace…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="215"/>
        <source>The workspace is ready. Open its project now?
{path}</source>
        <translation>Workspace sudah siap. Buka proyeknya sekarang?
{path}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="222"/>
        <source>Open workspace</source>
        <translation>Buka workspace</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="44"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="235"/>
        <source>The workspace has no project beside it ({path}).</source>
        <translation>Workspace ini tidak memiliki proyek QGIS di sampingnya ({path}).</translation>
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
        <location filename="../processing/create_workspace.py" line="25"/>
        <source>Creates the planning workspace of one kelurahan: a GeoPackage holding every layer and table of the CSIAP data model (RW, RT, households, facilities, problems, meetings, scoring and more) with forms and styles, and a QGIS project beside it.

Give a boundary layer to draw the kelurahan outline and to choose the UTM zone automatically, or choose a projected CRS yourself.</source>
        <translation>Membuat workspace perencanaan untuk satu kelurahan: sebuah GeoPackage berisi semua layer dan tabel model data CSIAP (RW, RT, rumah tangga, fasilitas, masalah, rembuk, skoring dan lainnya) lengkap dengan formulir dan simbologi, serta proyek QGIS di sampingnya.

Isi layer batas wilayah untuk menggambar batas kelurahan dan memilih zona UTM secara otomatis, atau pilih sendiri CRS terproyeksi.</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="33"/>
        <source>Kelurahan / desa name</source>
        <translation>Nama kelurahan / desa</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="34"/>
        <source>Kemendagri code of the kelurahan</source>
        <translation>Kode Kemendagri kelurahan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="36"/>
        <source>Kelurahan boundary</source>
        <translation>Batas kelurahan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="38"/>
        <source>CRS (empty: the UTM zone of the boundary)</source>
        <translation>CRS (kosong: zona UTM dari batas wilayah)</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="46"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="41"/>
        <source>City / regency</source>
        <translation>Kota / kabupaten</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="41"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="36"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="46"/>
        <source>QGIS project</source>
        <translation>Proyek QGIS</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="64"/>
        <source>Workspace written: {path}</source>
        <translation>Workspace ditulis: {path}</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="65"/>
        <source>Project written: {path}</source>
        <translation>Proyek ditulis: {path}</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="34"/>
        <source>CSIAP Planner</source>
        <translation>CSIAP Planner</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="37"/>
        <source>CSIAP Planner: community sanitation improvement action plans</source>
        <translation>CSIAP Planner: rencana aksi perbaikan sanitasi masyarakat</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="90"/>
        <source>The CRS {crs} is in degrees. Choose a projected CRS in metres (for example WGS 84 / UTM) so that areas and distances are right.</source>
        <translation>CRS {crs} memakai satuan derajat. Pilih CRS terproyeksi dalam meter (misalnya WGS 84 / UTM) agar luas dan jarak benar.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="95"/>
        <source>Give a kelurahan boundary layer (its UTM zone is chosen automatically) or choose a CRS.</source>
        <translation>Isi layer batas kelurahan (zona UTM-nya dipilih otomatis) atau pilih CRS.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="113"/>
        <source>The boundary layer has no polygon to use as the kelurahan outline.</source>
        <translation>Layer batas wilayah tidak memiliki poligon yang bisa dipakai sebagai batas kelurahan.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="129"/>
        <source>Give the name of the kelurahan or desa.</source>
        <translation>Isi nama kelurahan atau desa.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="131"/>
        <source>Unknown language {language}; use &apos;id&apos; or &apos;en&apos;.</source>
        <translation>Bahasa {language} tidak dikenal; gunakan 'id' atau 'en'.</translation>
    </message>
    <message>
        <location filename="../workspace/styles.py" line="59"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="193"/>
        <source>{source} cannot be opened as a vector layer.</source>
        <translation>{source} tidak dapat dibuka sebagai layer vektor.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="60"/>
        <source>Cannot write the code list {name}.</source>
        <translation>Daftar kode {name} tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/xlsform.py" line="20"/>
        <source>Cannot create the file {path}: {reason}</source>
        <translation>Berkas {path} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="148"/>
        <source>Cannot create the layer {name}: {reason}</source>
        <translation>Layer {name} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="168"/>
        <source>Cannot create the field {layer}.{field}.</source>
        <translation>Kolom {layer}.{field} tidak dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="263"/>
        <source>Cannot write a row of {layer}: {reason}</source>
        <translation>Satu baris {layer} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="339"/>
        <source>The workspace {path} does not exist.</source>
        <translation>Workspace {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="344"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="349"/>
        <source>{path} is not a CSIAP Planner workspace (no schema_version table). Create a workspace with &apos;Create workspace&apos; first.</source>
        <translation>{path} bukan workspace CSIAP Planner (tidak ada tabel schema_version). Buat dulu workspace dengan 'Buat workspace'.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="356"/>
        <source>{path} is not a GeoPackage: {reason}</source>
        <translation>{path} bukan GeoPackage: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="360"/>
        <source>{path} has an empty schema_version table.</source>
        <translation>Tabel schema_version di {path} kosong.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="362"/>
        <source>{path} was made by a newer CSIAP Planner (schema version {found}; this plugin knows up to {known}). Update the plugin to open it.</source>
        <translation>{path} dibuat oleh CSIAP Planner yang lebih baru (versi skema {found}; plugin ini hanya mengenal sampai {known}). Perbarui plugin untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="367"/>
        <source>{path} is missing the workspace layers: {layers}.</source>
        <translation>Layer workspace berikut tidak ada di {path}: {layers}.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="37"/>
        <source>The layer {name} in {path} cannot be opened.</source>
        <translation>Layer {name} di {path} tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="181"/>
        <source>The relation {name} is not valid.</source>
        <translation>Relasi {name} tidak valid.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="134"/>
        <source>Cannot write the project {path}: {reason}</source>
        <translation>Proyek {path} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/styles.py" line="33"/>
        <source>Cannot load the style {path}: {reason}</source>
        <translation>Simbologi {path} tidak dapat dimuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/styles.py" line="73"/>
        <source>Cannot build the style of {layer}: {reason}</source>
        <translation>Simbologi {layer} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="83"/>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="87"/>
        <source>{field} cannot be below {low}.</source>
        <translation>{field} tidak boleh kurang dari {low}.</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="91"/>
        <source>{field} cannot be in the future.</source>
        <translation>{field} tidak boleh tanggal yang akan datang.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="29"/>
        <source>Attach to RT/RW</source>
        <translation>Tempelkan ke RT/RW</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="32"/>
        <source>Fills the RW and RT of households, facilities, problems and candidate sites from the RT polygons of a workspace (or its RW polygons where there are no RT yet), in one transaction.

Or, without a workspace, copies the chosen fields of any polygon layer onto any layer: points take the polygon they lie in, lines and polygons the one they overlap most.

A point exactly on a boundary shared by several areas goes to the area with the lowest code (compared as numbers). Features outside every area are kept, with empty codes, and counted.</source>
        <translation>Mengisi RW dan RT rumah tangga, fasilitas, masalah dan lokasi usulan dari poligon RT sebuah workspace (atau poligon RW-nya bila belum ada RT), dalam satu transaksi.

Atau, tanpa workspace, menyalin kolom yang dipilih dari layer poligon mana pun ke layer mana pun: titik mengikuti poligon tempatnya berada, garis dan poligon mengikuti poligon yang paling banyak tumpang-tindih.

Titik yang tepat berada di batas beberapa wilayah masuk ke wilayah dengan kode terkecil (dibandingkan sebagai angka). Fitur di luar semua wilayah tetap disimpan, dengan kode kosong, dan dihitung.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="43"/>
        <source>Features to attach (without a workspace)</source>
        <translation>Fitur yang ditempelkan (tanpa workspace)</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="45"/>
        <source>Areas (without a workspace)</source>
        <translation>Wilayah (tanpa workspace)</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="47"/>
        <source>Area fields to copy</source>
        <translation>Kolom wilayah yang disalin</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="50"/>
        <source>Attached features</source>
        <translation>Fitur yang sudah ditempelkan</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="52"/>
        <source>Features attached</source>
        <translation>Jumlah fitur ditempelkan</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="53"/>
        <source>Features outside every area</source>
        <translation>Jumlah fitur di luar semua wilayah</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="66"/>
        <source>{layer}: {count} attached to {level}.</source>
        <translation>{layer}: {count} ditempelkan ke {level}.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="69"/>
        <source>{layer}: features {fids} lie outside every {level}.</source>
        <translation>{layer}: fitur {fids} berada di luar semua {level}.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="77"/>
        <source>Give a workspace, or both the features and the areas.</source>
        <translation>Isi workspace, atau isi fitur dan wilayahnya sekaligus.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="105"/>
        <source>{count} features lie outside every area; their area fields are empty.</source>
        <translation>{count} fitur berada di luar semua wilayah; kolom wilayahnya kosong.</translation>
    </message>
    <message>
        <location filename="../workspace/attach.py" line="82"/>
        <source>The workspace has no RT or RW polygons yet: import the boundaries first.</source>
        <translation>Workspace belum memiliki poligon RT atau RW: impor batas wilayah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="186"/>
        <source>Cancelled; the workspace was not changed.</source>
        <translation>Dibatalkan; workspace tidak diubah.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="208"/>
        <source>{path} cannot be opened for writing.</source>
        <translation>{path} tidak dapat dibuka untuk ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/attach.py" line="132"/>
        <source>Cannot update feature {fid} of {layer}: {reason}</source>
        <translation>Fitur {fid} pada {layer} tidak dapat diperbarui: {reason}</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="34"/>
        <source>Counts, for every RT (or RW) of a workspace, the households surveyed, population, area and density class, the households on each step of the JMP sanitation ladder, adequate (layak) and safely managed (aman) access, open defecation, septic tanks not emptied for over 3 years (Permen PUPR 04/PRT/M/2017), wells closer than 10 m to a septic tank (SNI 03-2398-2002), low-income households and the problems by category and season.

The sanitation risk index follows EHRA: for each component the share of households at risk, weighted; four classes by equal intervals. The default weights (20 % each) are the plugin&apos;s, not official: enter your Pokja&apos;s weights and their source.

Areas with fewer surveyed households than the minimum are marked &apos;too little data&apos; and get no risk class. Households, problems and public wells are placed in their area from their location, with the same rule as &apos;Attach to RT/RW&apos;. The results replace the area indicators layer of the workspace; nothing else is changed.</source>
        <translation>Menghitung, untuk setiap RT (atau RW) di workspace, jumlah KK yang disurvei, jumlah jiwa, luas dan kelas kepadatan, jumlah KK pada setiap tangga sanitasi JMP, akses layak dan aman, BABS, tangki septik yang tidak dikuras lebih dari 3 tahun (Permen PUPR 04/PRT/M/2017), sumur yang berjarak kurang dari 10 m dari tangki septik (SNI 03-2398-2002), KK MBR, serta masalah per jenis dan musim.

Indeks risiko sanitasi mengikuti EHRA: untuk setiap komponen, persentase KK yang berisiko, diberi bobot; empat kelas dengan interval sama. Bobot bawaan (masing-masing 20 %) adalah bobot plugin, bukan angka resmi: masukkan bobot Pokja Anda beserta sumbernya.

Wilayah dengan KK disurvei di bawah batas minimum ditandai 'data terlalu sedikit' dan tidak diberi kelas risiko. KK, masalah dan sumur umum ditempatkan di wilayahnya menurut lokasinya, dengan aturan yang sama seperti 'Kaitkan ke RT/RW'. Hasilnya menggantikan layer indikator wilayah di workspace; tidak ada yang lain yang diubah.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="57"/>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="51"/>
        <source>Density classes</source>
        <translation>Kelas kepadatan</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="56"/>
        <source>Fewest surveyed households for a risk class</source>
        <translation>Minimal KK disurvei untuk diberi kelas risiko</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="59"/>
        <source>Source of the risk weights (e.g. Pokja decision, date)</source>
        <translation>Sumber bobot risiko (mis. keputusan Pokja, tanggal)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="61"/>
        <source>Reference year for desludging (0 = this year)</source>
        <translation>Tahun acuan penyedotan tinja (0 = tahun ini)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="66"/>
        <source>Weight: water source (%)</source>
        <translation>Bobot: sumber air (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="67"/>
        <source>Weight: domestic wastewater (%)</source>
        <translation>Bobot: air limbah domestik (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="68"/>
        <source>Weight: solid waste (%)</source>
        <translation>Bobot: persampahan (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="69"/>
        <source>Weight: standing water / drainage (%)</source>
        <translation>Bobot: genangan air / drainase (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="70"/>
        <source>Weight: hygiene behaviour (%)</source>
        <translation>Bobot: perilaku higiene (%)</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="79"/>
        <source>Area indicators</source>
        <translation>Indikator wilayah</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="80"/>
        <source>Areas</source>
        <translation>Jumlah wilayah</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="81"/>
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
        <location filename="../processing/area_indicators.py" line="109"/>
        <source>{level} polygon {fid} has no code and was left out.</source>
        <translation>Poligon {level} {fid} tidak bernomor dan tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="113"/>
        <source>{count} {layer} lie outside every {level} and are not counted.</source>
        <translation>{count} {layer} berada di luar semua {level} dan tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="118"/>
        <source>too little data</source>
        <translation>data terlalu sedikit</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="121"/>
        <source>{area}: {surveyed} households surveyed, risk index {index}, {risk}.</source>
        <translation>{area}: {surveyed} KK disurvei, indeks risiko {index}, {risk}.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="125"/>
        <source>{count} areas have too little data for a risk class; survey more households there before ranking them.</source>
        <translation>{count} wilayah datanya terlalu sedikit untuk diberi kelas risiko; survei lebih banyak KK di sana sebelum membuat peringkat.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="38"/>
        <source>Import RW/RT boundaries</source>
        <translation>Impor batas RW/RT</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="41"/>
        <source>Imports RW or RT polygons from any vector layer (shapefile, GeoPackage, GeoJSON, KML) into a workspace: codes such as &apos;RW 03&apos;, &apos;03&apos; and &apos;3&apos; are read as the same RW; a kelurahan can be taken out of a city-wide layer by its name (case, spacing and &apos;Kelurahan&apos;/&apos;Kel.&apos; ignored); geometries are reprojected and repaired.

Every defect is reported per feature: empty or unreadable codes, a code used twice in one kelurahan (its polygons are merged), invalid geometries (repaired, or rejected when nothing is left), an RT outside its RW, overlaps and gaps between neighbours above the tolerance, areas outside the kelurahan. Rejected features are kept in their own layer with the reason; input features = imported + rejected + left out by the kelurahan filter.

With &apos;Only check&apos; nothing is written: use it on a whole city&apos;s layer before choosing what to import.</source>
        <translation>Mengimpor poligon RW atau RT dari layer vektor apa pun (shapefile, GeoPackage, GeoJSON, KML) ke workspace: nomor seperti 'RW 03', '03' dan '3' dibaca sebagai RW yang sama; satu kelurahan dapat diambil dari layer se-kota menurut namanya (huruf besar/kecil, spasi dan awalan 'Kelurahan'/'Kel.' diabaikan); geometri diproyeksikan ulang dan diperbaiki.

Setiap cacat dilaporkan per fitur: nomor kosong atau tidak terbaca, nomor yang dipakai dua kali dalam satu kelurahan (poligonnya digabung), geometri tidak valid (diperbaiki, atau ditolak bila tidak ada yang tersisa), RT di luar RW-nya, tumpang tindih dan celah antartetangga di atas toleransi, wilayah di luar kelurahan. Fitur yang ditolak disimpan di layer tersendiri beserta alasannya; fitur masukan = diimpor + ditolak + tidak diambil oleh filter kelurahan.

Dengan 'Hanya periksa' tidak ada yang ditulis: gunakan pada layer se-kota sebelum memilih apa yang diimpor.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="55"/>
        <source>RW or RT polygons</source>
        <translation>Poligon RW atau RT</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="58"/>
        <source>Field with the RW/RT number</source>
        <translation>Kolom nomor RW/RT</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="60"/>
        <source>Field with the parent RW number (RT only; else taken from the map)</source>
        <translation>Kolom nomor RW induk (khusus RT; bila kosong diambil dari peta)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="60"/>
        <source>Field with the name</source>
        <translation>Kolom nama</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="60"/>
        <source>Field with the population</source>
        <translation>Kolom jumlah jiwa</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="60"/>
        <source>Field with the number of households</source>
        <translation>Kolom jumlah KK</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="60"/>
        <source>Field with the kelurahan name</source>
        <translation>Kolom nama kelurahan</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="70"/>
        <source>Take only this kelurahan (default: the workspace&apos;s, where a kelurahan field is given)</source>
        <translation>Ambil hanya kelurahan ini (bawaan: kelurahan workspace, bila kolom kelurahan diisi)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="74"/>
        <source>Existing polygons of this level</source>
        <translation>Poligon tingkat ini yang sudah ada</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="74"/>
        <source>Replace them</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="74"/>
        <source>Keep them and add</source>
        <translation>Pertahankan dan tambahkan</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="77"/>
        <source>Only check; write nothing</source>
        <translation>Hanya periksa; jangan tulis apa pun</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="79"/>
        <source>Overlap and gap tolerance (m²)</source>
        <translation>Toleransi tumpang tindih dan celah (m²)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="82"/>
        <source>Import report (defects)</source>
        <translation>Laporan impor (cacat)</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="87"/>
        <source>Rejected features</source>
        <translation>Fitur yang ditolak</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="112"/>
        <source>Summary report</source>
        <translation>Laporan ringkas</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="87"/>
        <source>Input features</source>
        <translation>Fitur masukan</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="87"/>
        <source>Imported features</source>
        <translation>Fitur diimpor</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="87"/>
        <source>Other kelurahan</source>
        <translation>Kelurahan lain</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="87"/>
        <source>Defects</source>
        <translation>Cacat</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="99"/>
        <source>Choose a workspace to import into, or tick &apos;Only check&apos;.</source>
        <translation>Pilih workspace tujuan impor, atau centang 'Hanya periksa'.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="125"/>
        <source>Nothing to import: every feature was rejected or left out by the filter.</source>
        <translation>Tidak ada yang diimpor: semua fitur ditolak atau tidak diambil oleh filter.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="128"/>
        <source>{count} {level} written to the workspace.</source>
        <translation>{count} {level} ditulis ke workspace.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="119"/>
        <source>Boundary import report</source>
        <translation>Laporan impor batas wilayah</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="28"/>
        <source>Import survey</source>
        <translation>Impor survei</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="31"/>
        <source>Imports household, problem or facility survey rows into a workspace from CSV (any delimiter, UTF-8 or Latin-1, decimal comma), XLSX, GeoJSON, GeoPackage or any vector file, including KoboToolbox and ODK exports of the CSIAP household form: columns are found by their field names (also inside groups), coordinates from latitude/longitude, geopoint or _geolocation columns, and answers may be codes or labels in Indonesian or English.

Rows without coordinates, at (0, 0), with latitude and longitude swapped, outside Indonesia or outside the kelurahan are rejected with the reason; an answer outside its list or range is left empty and noted. Rows are matched by their ID (uuid), so importing the same export again updates them instead of adding them twice.

Field mapping, where the columns have other names: field=column pairs separated by &apos;;&apos;, e.g. members=jumlah_jiwa; toilet_access=q5.</source>
        <translation>Mengimpor baris survei rumah tangga, masalah atau fasilitas ke workspace dari CSV (pemisah apa pun, UTF-8 atau Latin-1, desimal koma), XLSX, GeoJSON, GeoPackage atau berkas vektor lain, termasuk ekspor KoboToolbox dan ODK dari formulir rumah tangga CSIAP: kolom dikenali dari nama field-nya (juga di dalam grup), koordinat dari kolom lintang/bujur, geopoint atau _geolocation, dan jawaban boleh berupa kode atau label dalam bahasa Indonesia atau Inggris.

Baris tanpa koordinat, di (0, 0), dengan lintang dan bujur tertukar, di luar Indonesia atau di luar kelurahan ditolak beserta alasannya; jawaban di luar daftar atau rentang dikosongkan dan dicatat. Baris dicocokkan menurut ID-nya (uuid), sehingga mengimpor ekspor yang sama lagi akan memperbarui baris, bukan menggandakannya.

Pemetaan kolom, bila nama kolom berbeda: pasangan field=kolom dipisah ';', mis. members=jumlah_jiwa; toilet_access=q5.</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="45"/>
        <source>Survey file</source>
        <translation>Berkas survei</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="46"/>
        <source>Import into</source>
        <translation>Impor ke</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="50"/>
        <source>Field mapping (field=column; …)</source>
        <translation>Pemetaan kolom (field=kolom; …)</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="52"/>
        <source>Latitude column</source>
        <translation>Kolom lintang</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="52"/>
        <source>Longitude column</source>
        <translation>Kolom bujur</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="55"/>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="58"/>
        <source>Rows read</source>
        <translation>Baris dibaca</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="58"/>
        <source>Rows added</source>
        <translation>Baris ditambahkan</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="58"/>
        <source>Rows updated</source>
        <translation>Baris diperbarui</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="58"/>
        <source>Rows rejected</source>
        <translation>Baris ditolak</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="58"/>
        <source>Answers left empty</source>
        <translation>Jawaban yang dikosongkan</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="76"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="78"/>
        <source>{inserted} rows added and {updated} updated in {layer}.</source>
        <translation>{inserted} baris ditambahkan dan {updated} diperbarui di {layer}.</translation>
    </message>
    <message>
        <location filename="../processing/import_survey.py" line="76"/>
        <source>Survey import report</source>
        <translation>Laporan impor survei</translation>
    </message>
    <message>
        <location filename="../processing/survey_form.py" line="18"/>
        <source>Writes the CSIAP household survey as an XLSForm (.xlsx) in Indonesian and English, made from the workspace data model: upload it to KoboToolbox or ODK Central, collect on a phone, and import the CSV export with &apos;Import survey&apos; without mapping any column.</source>
        <translation>Menulis survei rumah tangga CSIAP sebagai XLSForm (.xlsx) dalam bahasa Indonesia dan Inggris, dibuat dari model data workspace: unggah ke KoboToolbox atau ODK Central, kumpulkan data dengan ponsel, lalu impor ekspor CSV-nya dengan 'Impor survei' tanpa memetakan kolom apa pun.</translation>
    </message>
    <message>
        <location filename="../processing/survey_form.py" line="24"/>
        <source>XLSForm</source>
        <translation>XLSForm</translation>
    </message>
    <message>
        <location filename="../processing/survey_form.py" line="30"/>
        <source>Form written to {path}.</source>
        <translation>Formulir ditulis ke {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/indicators.py" line="93"/>
        <source>The level must be RT or RW, not {level}.</source>
        <translation>Tingkat harus RT atau RW, bukan {level}.</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="172"/>
        <source>value: &apos;{value}&apos;</source>
        <translation>nilai: '{value}'</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="182"/>
        <source>not valid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="230"/>
        <source>RW value: &apos;{value}&apos;</source>
        <translation>nilai RW: '{value}'</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="235"/>
        <source>no RW field given and no workspace RW polygon under it</source>
        <translation>kolom RW tidak diisi dan tidak ada poligon RW workspace di bawahnya</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="255"/>
        <source>{count} polygons: features {fids}</source>
        <translation>{count} poligon: fitur {fids}</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="276"/>
        <source>{area:.0f} m² shared with {level} {code}</source>
        <translation>{area:.0f} m² bertumpang tindih dengan {level} {code}</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="293"/>
        <source>{area:.0f} m² outside the kelurahan boundary</source>
        <translation>{area:.0f} m² di luar batas kelurahan</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="305"/>
        <source>{area:.0f} m² outside RW {rw}</source>
        <translation>{area:.0f} m² di luar RW {rw}</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="321"/>
        <source>{area:.0f} m² not covered by any {level}</source>
        <translation>{area:.0f} m² tidak tercakup {level} mana pun</translation>
    </message>
    <message>
        <location filename="../workspace/boundaries.py" line="332"/>
        <source>Choose a workspace to import into, or run in validation-only mode.</source>
        <translation>Pilih workspace tujuan impor, atau jalankan dalam mode hanya periksa.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="435"/>
        <source>Cannot write to {layer}: {reason}</source>
        <translation>Tidak dapat menulis ke {layer}: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/indicators.py" line="103"/>
        <source>The workspace has no {level} polygons yet: import the boundaries first.</source>
        <translation>Workspace belum memiliki poligon {level}: impor batas wilayah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/indicators.py" line="191"/>
        <source>Counting households…</source>
        <translation>Menghitung KK…</translation>
    </message>
    <message>
        <location filename="../workspace/indicators.py" line="206"/>
        <source>Counting problems…</source>
        <translation>Menghitung masalah…</translation>
    </message>
    <message>
        <location filename="../workspace/indicators.py" line="217"/>
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
        <location filename="../workspace/survey.py" line="65"/>
        <source>The survey file {path} does not exist.</source>
        <translation>Berkas survei {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="81"/>
        <source>The survey file {path} is empty.</source>
        <translation>Berkas survei {path} kosong.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="110"/>
        <source>{path} cannot be read as a table or vector file.</source>
        <translation>{path} tidak dapat dibaca sebagai tabel atau berkas vektor.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="146"/>
        <source>Surveys are imported into {layers}, not {layer}.</source>
        <translation>Survei diimpor ke {layers}, bukan {layer}.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="167"/>
        <source>No coordinates found in the survey file: give the latitude and longitude columns.</source>
        <translation>Koordinat tidak ditemukan dalam berkas survei: tentukan kolom lintang dan bujur.</translation>
    </message>
    <message>
        <location filename="../workspace/survey.py" line="258"/>
        <source>required: {fields}</source>
        <translation>wajib diisi: {fields}</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="41"/>
        <source>Ranks the feasible technical options of each location (from 'Screen technical options') with the scoring matrix of a rembuk or FGD, and saves it as a scoring session: forum, date, participants by gender, weights, every score and the ranking. Input layers are never changed.

Scores: a table with the columns location, option, criterion and value (a 1-5 score or a raw value such as a cost); without one, the catalogue's starting values (assumptions) are used. Each criterion is normalised min-max across the options of a location (reversed where lower is better) and weighted.

Weights: 'code=weight' pairs (e.g. cost=25; om=20), or an AHP pairwise matrix in the criteria's order (rows separated by ';', e.g. 1 3 5; 1/3 1 3; 1/5 1/3 1); the consistency ratio uses Saaty's random index and a CR of 0.10 or more is reported as inconsistent. Options with equal scores share a rank; the ranking lists which weight, moved by ±20 %, would change each option's rank.</source>
        <translation>Menyusun peringkat opsi teknis yang layak di setiap lokasi (dari 'Saring opsi teknis') dengan matrik skoring rembuk atau FGD, lalu menyimpannya sebagai sesi skoring: forum, tanggal, peserta menurut jenis kelamin, bobot, setiap nilai dan peringkatnya. Layer masukan tidak pernah diubah.

Nilai: tabel dengan kolom location, option, criterion dan value (nilai 1-5 atau nilai asli seperti biaya); tanpa tabel, dipakai nilai awal katalog (asumsi). Setiap kriteria dinormalkan min-maks di antara opsi satu lokasi (dibalik bila makin kecil makin baik) lalu diberi bobot.

Bobot: pasangan 'kode=bobot' (mis. cost=25; om=20), atau matriks perbandingan berpasangan AHP menurut urutan kriteria (baris dipisah ';', mis. 1 3 5; 1/3 1 3; 1/5 1/3 1); rasio konsistensi memakai indeks acak Saaty dan CR 0,10 atau lebih dilaporkan tidak konsisten. Opsi dengan nilai sama berbagi peringkat; peringkat mencatat bobot mana, bila digeser ±20 %, akan mengubah peringkat setiap opsi.</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="45"/>
        <source>Locations</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="45"/>
        <source>Candidate sites</source>
        <translation>Lokasi usulan</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="58"/>
        <source>Scores (location, option, criterion, value)</source>
        <translation>Nilai (location, option, criterion, value)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="60"/>
        <source>Weighting</source>
        <translation>Cara pembobotan</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="64"/>
        <source>Weights (code=weight; …)</source>
        <translation>Bobot (kode=bobot; …)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="65"/>
        <source>AHP pairwise matrix (rows separated by ;)</source>
        <translation>Matriks perbandingan berpasangan AHP (baris dipisah ;)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="67"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="70"/>
        <source>Date (YYYY-MM-DD; empty = today)</source>
        <translation>Tanggal (TTTT-BB-HH; kosong = hari ini)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="72"/>
        <source>Women taking part</source>
        <translation>Peserta perempuan</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="72"/>
        <source>Men taking part</source>
        <translation>Peserta laki-laki</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="76"/>
        <source>Meeting id (uuid)</source>
        <translation>ID rembuk/FGD (uuid)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="77"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="79"/>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="81"/>
        <source>Scoring session</source>
        <translation>Sesi skoring</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="82"/>
        <source>Consistency ratio (CR)</source>
        <translation>Rasio konsistensi (CR)</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="83"/>
        <source>Locations ranked</source>
        <translation>Lokasi yang diperingkat</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="108"/>
        <source>No location has options to score: run &apos;Screen technical options&apos; at this level first, or give a scores table.</source>
        <translation>Tidak ada lokasi dengan opsi untuk dinilai: jalankan 'Saring opsi teknis' pada tingkat ini terlebih dahulu, atau berikan tabel nilai.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="128"/>
        <source>AHP: CR = {cr:.3f}; weights {weights}.</source>
        <translation>AHP: CR = {cr:.3f}; bobot {weights}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="131"/>
        <source>The pairwise comparisons are inconsistent (CR = {cr:.2f} ≥ 0.10): revisit them with the forum before using the ranking.</source>
        <translation>Perbandingan berpasangan tidak konsisten (CR = {cr:.2f} ≥ 0,10): bahas ulang bersama forum sebelum memakai peringkatnya.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="149"/>
        <source>The scores table lacks the columns: {columns}.</source>
        <translation>Tabel nilai tidak memiliki kolom: {columns}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="178"/>
        <source>{location}: {option} has no value for {criteria} and is not ranked.</source>
        <translation>{location}: {option} tidak memiliki nilai untuk {criteria} dan tidak diperingkat.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="186"/>
        <source>The pairwise matrix must be square, one row per criterion ({codes}): {detail}.</source>
        <translation>Matriks perbandingan berpasangan harus persegi, satu baris per kriteria ({codes}): {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="187"/>
        <source>The pairwise matrix is not square: {detail}.</source>
        <translation>Matriks perbandingan berpasangan tidak persegi: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="188"/>
        <source>Pairwise judgements must be positive numbers: {detail}.</source>
        <translation>Nilai perbandingan harus bilangan positif: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="189"/>
        <source>A criterion compared with itself must be 1: {detail}.</source>
        <translation>Kriteria yang dibandingkan dengan dirinya sendiri harus bernilai 1: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="190"/>
        <source>The pairwise matrix is not reciprocal (a[j,i] must be 1/a[i,j]): {detail}.</source>
        <translation>Matriks perbandingan berpasangan tidak resiprokal (a[j,i] harus 1/a[i,j]): {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="191"/>
        <source>The pairwise matrix cannot be read: {detail}.</source>
        <translation>Matriks perbandingan berpasangan tidak dapat dibaca: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="192"/>
        <source>A weight cannot be read: {detail}.</source>
        <translation>Bobot tidak dapat dibaca: {detail}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="193"/>
        <source>Weights for unknown criteria: {detail}. The criteria are {codes}.</source>
        <translation>Bobot untuk kriteria yang tidak dikenal: {detail}. Kriterianya adalah {codes}.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="194"/>
        <source>Weights cannot be negative.</source>
        <translation>Bobot tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="195"/>
        <source>The weights add up to zero; give at least one criterion a weight.</source>
        <translation>Jumlah bobot nol; beri bobot pada minimal satu kriteria.</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="29"/>
        <source>Screen technical options</source>
        <translation>Saring opsi teknis</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="32"/>
        <source>For every RT, RW or candidate site of a workspace, which technical options can be built there (individual or shared septic tank, MCK, IPAL komunal with sewer, connection to an existing off-site system; Permen PUPR 04/PRT/M/2017), and for every option left out, the rule and the value that excluded it.

Conditions come from the location&apos;s fields (groundwater depth, soil permeability, slope, water use, desludging-truck access, flooding, sewer nearby), its households and density class from &apos;Area indicators&apos;, and the land from its candidate sites. A condition with no value never excludes an option: it is listed as not checked. Figures of the catalogue that have no source are marked as assumptions; edit them in the workspace&apos;s technical options table.</source>
        <translation>Untuk setiap RT, RW atau lokasi usulan di workspace, opsi teknis mana yang dapat dibangun di sana (tangki septik individual atau bersama, MCK, IPAL komunal dengan perpipaan, sambungan ke SPALD-T yang ada; Permen PUPR 04/PRT/M/2017), dan untuk setiap opsi yang tersisih, aturan dan nilai yang menyisihkannya.

Kondisi diambil dari kolom lokasi (kedalaman air tanah, permeabilitas tanah, kemiringan, pemakaian air, akses truk tinja, banjir, SPALD-T di dekatnya), jumlah KK dan kelas kepadatannya dari 'Indikator wilayah', dan lahan dari lokasi usulannya. Kondisi yang kosong tidak pernah menyisihkan opsi: dicatat sebagai belum diperiksa. Angka katalog yang belum bersumber ditandai sebagai asumsi; ubah di tabel opsi teknis workspace.</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="48"/>
        <source>Screening</source>
        <translation>Penyaringan</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="50"/>
        <source>Locations screened</source>
        <translation>Lokasi yang disaring</translation>
    </message>
    <message>
        <location filename="../processing/screen_options.py" line="51"/>
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
        <location filename="../workspace/tables.py" line="32"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../workspace/tables.py" line="32"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="93"/>
        <source>(assumed figure)</source>
        <translation>(angka asumsi)</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="100"/>
        <source>The level must be RT, RW or site, not {level}.</source>
        <translation>Tingkat harus RT, RW atau lokasi usulan, bukan {level}.</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="103"/>
        <source>The workspace has no {level} to screen yet.</source>
        <translation>Workspace belum memiliki {level} untuk disaring.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="98"/>
        <source>Matrik Skoring</source>
        <translation>Matrik Skoring</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="86"/>
        <source>Edit {cell}</source>
        <translation>Ubah {cell}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="129"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="136"/>
        <source>Options × criteria (score 1-5 or raw value)</source>
        <translation>Opsi × kriteria (nilai 1-5 atau nilai asli)</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="160"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="160"/>
        <source>Technical option</source>
        <translation>Opsi teknis</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="160"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="180"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="134"/>
        <source>Undo</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="136"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="190"/>
        <source>Save session</source>
        <translation>Simpan sesi</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="227"/>
        <source>No screened locations at this level: run &apos;Screen technical options&apos; first.</source>
        <translation>Belum ada lokasi yang disaring pada tingkat ini: jalankan 'Saring opsi teknis' terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="238"/>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="361"/>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>'{text}' bukan angka.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="388"/>
        <source>CR = {cr:.3f}</source>
        <translation>CR = {cr:.3f}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="390"/>
        <source>inconsistent (≥ 0.10): revisit the comparisons</source>
        <translation>tidak konsisten (≥ 0,10): bahas ulang perbandingannya</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="416"/>
        <source>{option}: no value for {criteria}</source>
        <translation>{option}: belum ada nilai untuk {criteria}</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="438"/>
        <source>Session saved.</source>
        <translation>Sesi disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="82"/>
        <source>{rule}: the option does not suit a flood-prone place</source>
        <translation>{rule}: opsi ini tidak cocok untuk tempat rawan banjir</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="84"/>
        <source>{rule}: needs a desludging truck to reach it; it cannot here</source>
        <translation>{rule}: perlu dapat dijangkau truk tinja; di sini tidak bisa</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="86"/>
        <source>{rule}: needs an existing off-site system nearby; there is none</source>
        <translation>{rule}: perlu SPALD-T yang sudah ada di dekatnya; di sini tidak ada</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="88"/>
        <source>{rule}: at most {required}, here {actual}</source>
        <translation>{rule}: paling tinggi {required}, di sini {actual}</translation>
    </message>
    <message>
        <location filename="../workspace/screening.py" line="88"/>
        <source>{rule}: needs at least {required}, here {actual}</source>
        <translation>{rule}: perlu minimal {required}, di sini {actual}</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="67"/>
        <source>Site conditions from the input (condition=column; …), e.g. flood_prone=FLOODPRONE; groundwater_depth_m=MAT</source>
        <translation>Kondisi lokasi dari masukan (kondisi=kolom; …), mis. flood_prone=FLOODPRONE; groundwater_depth_m=MAT</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="140"/>
        <source>Unknown site conditions: {names}. They are: {known}.</source>
        <translation>Kondisi lokasi tidak dikenal: {names}. Yang dikenal: {known}.</translation>
    </message>
    <message>
        <location filename="../processing/import_boundaries.py" line="143"/>
        <source>The input has no columns {columns}.</source>
        <translation>Masukan tidak memiliki kolom {columns}.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="178"/>
        <source>Meeting</source>
        <translation>Rembuk/FGD</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="232"/>
        <source>(not recorded)</source>
        <translation>(tidak dicatat)</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="282"/>
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
        <location filename="../plugin/problems_dock.py" line="72"/>
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
        <location filename="../plugin/social_map_dock.py" line="118"/>
        <source>Choose what to draw, then click on the map.</source>
        <translation>Pilih apa yang akan digambar, lalu klik di peta.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="124"/>
        <source>Counts in RW</source>
        <translation>Jumlah di RW</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="229"/>
        <source>Click on the map to add: {what}</source>
        <translation>Klik di peta untuk menambah: {what}</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="242"/>
        <source>Open a workspace project first: its layer {layer} is not in the map.</source>
        <translation>Buka proyek workspace terlebih dahulu: layer {layer} belum ada di peta.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="266"/>
        <source>Add {what}</source>
        <translation>Tambah {what}</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="317"/>
        <source>(no RT)</source>
        <translation>(tanpa RT)</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="93"/>
        <source>Tahapan PP</source>
        <translation>Tahapan PP</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="108"/>
        <source>Stages</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="183"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="183"/>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="183"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../workspace/process.py" line="85"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="363"/>
        <source>Warn where women are fewer than</source>
        <translation>Beri peringatan bila perempuan kurang dari</translation>
    </message>
    <message>
        <location filename="../workspace/process.py" line="90"/>
        <source>Women (%)</source>
        <translation>Perempuan (%)</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="458"/>
        <source>Women were {share:.0f} % of those attending, below {limit:.0f} %.</source>
        <translation>Perempuan hanya {share:.0f} % dari yang hadir, di bawah {limit:.0f} %.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="577"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="577"/>
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
        <location filename="../processing/process_figures.py" line="26"/>
        <source>Draws the Venn diagram of institutions (circle size: importance; distance from the community: closeness) and the seasonal calendar (months × items, intensity 0-3 as shading and dots), as SVG and PNG, and writes the stages with their progress, the meetings with attendance by gender and the KSM roles as CSV tables, in the chosen language.

Meetings where women were fewer than the threshold of those attending are marked (default 30 %: the participation target of community-based programmes, not a regulation). Names of KSM members and facilitators are left out unless asked for; NIK and phone numbers never appear.</source>
        <translation>Menggambar diagram kelembagaan (Venn; ukuran lingkaran: kepentingan; jarak dari masyarakat: kedekatan) dan kalender musim (bulan × hal, intensitas 0-3 sebagai arsiran dan titik), dalam SVG dan PNG, serta menulis tahapan beserta kemajuannya, rembuk/FGD dengan kehadiran menurut jenis kelamin dan jabatan KSM sebagai tabel CSV, dalam bahasa yang dipilih.

Pertemuan dengan peserta perempuan di bawah batas ditandai (bawaan 30 %: target keterlibatan dalam program berbasis masyarakat, bukan peraturan). Nama anggota KSM dan fasilitator tidak dicantumkan kecuali diminta; NIK dan nomor telepon tidak pernah dicantumkan.</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="37"/>
        <source>Warn where women are fewer than (% of those attending)</source>
        <translation>Beri peringatan bila perempuan kurang dari (% dari yang hadir)</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="40"/>
        <source>Include names of people (not for public annexes)</source>
        <translation>Cantumkan nama orang (bukan untuk lampiran publik)</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="43"/>
        <source>Output folder</source>
        <translation>Folder keluaran</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="44"/>
        <source>Files written</source>
        <translation>Berkas yang ditulis</translation>
    </message>
    <message>
        <location filename="../workspace/process.py" line="85"/>
        <source>progress</source>
        <translation>kemajuan</translation>
    </message>
    <message>
        <location filename="../workspace/process.py" line="91"/>
        <source>Women below the threshold</source>
        <translation>Perempuan di bawah batas</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="84"/>
        <source>Export the CSIAP annex…</source>
        <translation>Ekspor lampiran CSIAP…</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="22"/>
        <source>Export the CSIAP annex</source>
        <translation>Ekspor lampiran CSIAP</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="25"/>
        <source>Writes the mapped annexes of the CSIAP into one folder: the social, problems, risk and priorities maps (overview and one page per RW or RT) as PDF and PNG from the layout templates (A3 landscape or A1 poster for the rembuk, A4 portrait for the annex; a template saved in your profile folder csiap_planner/templates/ is used instead of ours); the tables (indicators, problems per RT, screening, ranking) as XLSX and CSV; the Venn diagram, seasonal calendar, stages and meetings; the annex document (PDF) with its contents, page numbers and sources; and manifest.json listing every file.

By default no names, NIK or phone numbers appear in any file.</source>
        <translation>Menulis lampiran peta CSIAP ke satu folder: peta sosial, peta permasalahan, peta risiko dan peta prioritas (ikhtisar dan satu halaman per RW atau RT) dalam PDF dan PNG dari templat tata letak (A3 mendatar atau poster A1 untuk rembuk, A4 tegak untuk lampiran; templat yang disimpan di folder profil Anda csiap_planner/templates/ dipakai sebagai ganti templat kami); tabel (indikator, masalah per RT, penyaringan, peringkat) dalam XLSX dan CSV; diagram kelembagaan, kalender musim, tahapan dan rembuk; dokumen lampiran (PDF) dengan daftar isi, nomor halaman dan sumber; serta manifest.json yang mendaftar setiap berkas.

Secara bawaan tidak ada nama, NIK atau nomor telepon di berkas mana pun.</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="38"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="38"/>
        <source>A3 landscape</source>
        <translation>A3 mendatar</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="38"/>
        <source>A1 poster</source>
        <translation>Poster A1</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="38"/>
        <source>A4 portrait</source>
        <translation>A4 tegak</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="40"/>
        <source>A page per</source>
        <translation>Satu halaman per</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="40"/>
        <source>None (overview only)</source>
        <translation>Tidak ada (ikhtisar saja)</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="101"/>
        <source>Proposed option</source>
        <translation>Opsi usulan</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="119"/>
        <source>No option ranked (not scored or nothing feasible)</source>
        <translation>Belum ada opsi (belum dinilai atau tidak ada yang layak)</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="135"/>
        <source>Kecamatan {name}</source>
        <translation>Kecamatan {name}</translation>
    </message>
    <message>
        <location filename="../workspace/document.py" line="88"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../workspace/document.py" line="48"/>
        <source>Sample: RT, households and problems are SYNTHETIC, not real data.</source>
        <translation>Contoh: RT, rumah tangga dan masalah adalah data SINTETIS, bukan data nyata.</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="149"/>
        <source>{date} · Map {number} · CSIAP Planner</source>
        <translation>{date} · Peta {number} · CSIAP Planner</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="201"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="213"/>
        <source>Cannot export {path}: {reason}</source>
        <translation>Tidak dapat mengekspor {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="225"/>
        <source>Indicators per area</source>
        <translation>Indikator per wilayah</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="226"/>
        <source>Problems per RT</source>
        <translation>Masalah per RT</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="227"/>
        <source>Screening of technical options</source>
        <translation>Penyaringan opsi teknis</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="228"/>
        <source>Ranking of technical options</source>
        <translation>Peringkat opsi teknis</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="234"/>
        <source>All tables</source>
        <translation>Semua tabel</translation>
    </message>
    <message>
        <location filename="../workspace/document.py" line="88"/>
        <source>CSIAP annex</source>
        <translation>Lampiran CSIAP</translation>
    </message>
    <message>
        <location filename="../workspace/document.py" line="41"/>
        <source>Maps</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../workspace/document.py" line="41"/>
        <source>Tables</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../workspace/document.py" line="41"/>
        <source>Participatory process</source>
        <translation>Proses partisipatif</translation>
    </message>
    <message>
        <location filename="../workspace/document.py" line="42"/>
        <source>Sources and rules</source>
        <translation>Sumber dan aturan</translation>
    </message>
    <message>
        <location filename="../workspace/document.py" line="85"/>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <location filename="../workspace/layouts.py" line="97"/>
        <source>Unknown paper {paper}.</source>
        <translation>Kertas {paper} tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../workspace/layouts.py" line="177"/>
        <source>The layout template {path} cannot be read.</source>
        <translation>Templat tata letak {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../workspace/layouts.py" line="183"/>
        <source>The layout template {path} lacks the items {items}.</source>
        <translation>Templat tata letak {path} tidak memiliki item {items}.</translation>
    </message>
    <message>
        <location filename="../workspace/layouts.py" line="190"/>
        <source>Cannot write {path}.</source>
        <translation>Tidak dapat menulis {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/layouts.py" line="265"/>
        <source>Cannot export {path}.</source>
        <translation>Tidak dapat mengekspor {path}.</translation>
    </message>
    <message>
        <location filename="../workspace/tables.py" line="51"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="267"/>
        <source>This workspace was made by an older CSIAP Planner (schema version {found}). Upgrade it to version {known} now? Nothing is removed, and copies of the old files are kept:
{files}</source>
        <translation>Workspace ini dibuat oleh CSIAP Planner versi lama (skema versi {found}). Perbarui ke versi {known} sekarang? Tidak ada yang dihapus, dan salinan berkas lama disimpan:
{files}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="292"/>
        <source>This project&apos;s workspace was made by an older CSIAP Planner; upgrade it to work in it.</source>
        <translation>Workspace proyek ini dibuat oleh CSIAP Planner versi lama; perbarui dulu agar bisa dipakai.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="294"/>
        <source>Upgrade…</source>
        <translation>Perbarui…</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="19"/>
        <source>Upgrade workspace</source>
        <translation>Perbarui workspace</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="22"/>
        <source>Brings a workspace made by an older CSIAP Planner to the schema of this one, so the other algorithms can work in it: new layers, fields, code lists, forms and default styles are added; nothing is removed and every row stays.

Copies of the old GeoPackage and project are kept beside them (name.schema1.gpkg, name.schema1.qgz). Close the workspace&apos;s project before upgrading it. A workspace that is already current is left as it is.</source>
        <translation>Memperbarui workspace yang dibuat oleh CSIAP Planner versi lama ke skema versi ini, agar algoritma lain dapat bekerja di dalamnya: layer, field, daftar kode, formulir dan gaya bawaan yang baru ditambahkan; tidak ada yang dihapus dan setiap baris tetap ada.

Salinan GeoPackage dan proyek lama disimpan di sampingnya (nama.schema1.gpkg, nama.schema1.qgz). Tutup proyek workspace sebelum memperbaruinya. Workspace yang sudah terbaru dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="37"/>
        <source>Schema version</source>
        <translation>Versi skema</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="38"/>
        <source>Copies of the old files</source>
        <translation>Salinan berkas lama</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="49"/>
        <source>Upgraded to schema version {version}. The old files are kept as: {files}</source>
        <translation>Diperbarui ke skema versi {version}. Berkas lama disimpan sebagai: {files}</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="52"/>
        <source>The workspace is already at schema version {version}; nothing to do.</source>
        <translation>Workspace sudah pada skema versi {version}; tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="67"/>
        <source>{path} was made by an older CSIAP Planner (schema version {found}; this plugin uses {known}). Upgrade it first: open it from the menu CSIAP Planner → Open workspace…, or run the algorithm 'Upgrade workspace'. Copies of the old files are kept.</source>
        <translation>{path} dibuat oleh CSIAP Planner versi lama (skema versi {found}; plugin ini memakai {known}). Perbarui dulu: buka dari menu CSIAP Planner → Buka workspace…, atau jalankan algoritma 'Perbarui workspace'. Salinan berkas lama disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="115"/>
        <source>Cannot read the project {path}: {reason}</source>
        <translation>Proyek {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/upgrade.py" line="47"/>
        <source>{path} is in the way of the copy of the old workspace; move it elsewhere and upgrade again.</source>
        <translation>{path} menghalangi salinan workspace lama; pindahkan berkas itu lalu perbarui lagi.</translation>
    </message>
    <message>
        <location filename="../workspace/annex.py" line="126"/>
        <source>Too few households surveyed: proposal not yet certain</source>
        <translation>Terlalu sedikit KK disurvei: usulan belum pasti</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="251"/>
        <source>The open project has unsaved changes. Save them before opening the workspace?</source>
        <translation>Proyek yang terbuka punya perubahan yang belum disimpan. Simpan dulu sebelum membuka workspace?</translation>
    </message>
    <message>
        <location filename="../processing/upgrade_workspace.py" line="45"/>
        <source>The open project uses this workspace. Close the project first, or upgrade the workspace from the menu CSIAP Planner → Open workspace…</source>
        <translation>Proyek yang terbuka memakai workspace ini. Tutup proyek itu dulu, atau perbarui workspace dari menu CSIAP Planner → Buka workspace…</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="213"/>
        <source>The workspace has new results: save this session, or undo its edits, then choose the level again to see them.</source>
        <translation>Workspace punya hasil baru: simpan sesi ini, atau batalkan suntingannya, lalu pilih tingkat lagi untuk melihatnya.</translation>
    </message>
    <message>
        <location filename="../workspace/upgrade.py" line="70"/>
        <source>{path} cannot be replaced ({reason}). Close the projects and programs using it, then upgrade again.</source>
        <translation>{path} tidak dapat diganti ({reason}). Tutup proyek dan program yang memakainya, lalu perbarui lagi.</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="327"/>
        <source>higher is better</source>
        <translation>makin tinggi makin baik</translation>
    </message>
    <message>
        <location filename="../plugin/scoring_dock.py" line="327"/>
        <source>lower is better</source>
        <translation>makin rendah makin baik</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="22"/>
        <source>Import surrounding areas</source>
        <translation>Impor wilayah sekitar</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="25"/>
        <source>The other kelurahan of the kecamatan (or whatever areas surround the workspace&apos;s kelurahan), for the inset of the annex maps: the kelurahan is shown in its kecamatan, its neighbours named.

Give the field with the area&apos;s name; features of one name (the RW of one kelurahan) become one area. With a kecamatan field, the features of the kecamatan that covers most of the kelurahan are taken; without one, those within the distance. They replace the surrounding areas already there; nothing is analysed on them.</source>
        <translation>Kelurahan lain di kecamatan yang sama (atau wilayah apa pun di sekitar kelurahan workspace), untuk peta inset di lampiran: kelurahan ditampilkan di dalam kecamatannya, dengan nama tetangganya.

Pilih field nama wilayah; fitur dengan nama yang sama (RW dari satu kelurahan) digabung menjadi satu wilayah. Dengan field kecamatan, diambil fitur dari kecamatan yang paling banyak menutupi kelurahan; tanpa field itu, fitur dalam jarak yang ditentukan. Wilayah sekitar yang sudah ada diganti; tidak ada analisis pada wilayah ini.</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="35"/>
        <source>Kelurahan (or RW) polygons of the city or kecamatan</source>
        <translation>Poligon kelurahan (atau RW) kota atau kecamatan</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="37"/>
        <source>Area name field</source>
        <translation>Field nama wilayah</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="39"/>
        <source>Kecamatan field</source>
        <translation>Field kecamatan</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="41"/>
        <source>Without a kecamatan field: areas within</source>
        <translation>Tanpa field kecamatan: wilayah dalam jarak</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="45"/>
        <source>Surrounding areas stored</source>
        <translation>Wilayah sekitar yang disimpan</translation>
    </message>
    <message>
        <location filename="../processing/import_context.py" line="57"/>
        <source>{count} surrounding areas stored.</source>
        <translation>{count} wilayah sekitar disimpan.</translation>
    </message>
    <message>
        <location filename="../workspace/context.py" line="28"/>
        <source>The workspace has no kelurahan outline to place the surrounding areas around.</source>
        <translation>Workspace tidak punya batas kelurahan untuk menempatkan wilayah sekitar.</translation>
    </message>
    <message>
        <location filename="../workspace/context.py" line="54"/>
        <source>No feature of the layer overlaps the kelurahan: is it the right layer, in the right place?</source>
        <translation>Tidak ada fitur layer yang bertampalan dengan kelurahan: apakah layernya benar, dan di tempat yang benar?</translation>
    </message>
    <message>
        <location filename="../workspace/context.py" line="61"/>
        <source>No feature of the layer lies within {distance:g} m of the kelurahan.</source>
        <translation>Tidak ada fitur layer dalam jarak {distance:g} m dari kelurahan.</translation>
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
        <location filename="../plugin/process_dock.py" line="108"/>
        <source>Meetings</source>
        <translation>Rembuk</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="108"/>
        <source>Venn</source>
        <translation>Venn</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="108"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="174"/>
        <source>Nothing was saved: no workspace is open. Open a workspace project, or create a workspace.</source>
        <translation>Tidak ada yang disimpan: belum ada workspace yang terbuka. Buka proyek sebuah workspace, atau buat workspace.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="199"/>
        <source>Tick an activity when it is done; double-click a date to type it (2026-12-01, 1/12/2026 or 1 Des 2026).</source>
        <translation>Centang kegiatan yang sudah selesai; klik dua kali pada tanggal untuk mengetiknya (2026-12-01, 1/12/2026 atau 1 Des 2026).</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="319"/>
        <source>{activity}: &quot;{text}&quot; is not a date; type it as 2026-12-01, 1/12/2026 or 1 Des 2026. The date was not changed.</source>
        <translation>{activity}: &quot;{text}&quot; bukan tanggal; ketik seperti 2026-12-01, 1/12/2026 atau 1 Des 2026. Tanggal tidak diubah.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="370"/>
        <source>Women / men</source>
        <translation>Perempuan / laki-laki</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="408"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="410"/>
        <source>Save meeting</source>
        <translation>Simpan rembuk</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="412"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="528"/>
        <source>Meeting saved.</source>
        <translation>Rembuk disimpan.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="528"/>
        <source>Meeting kept in the layer&apos;s unsaved edits: save the layer to store it.</source>
        <translation>Rembuk masuk ke suntingan layer yang belum disimpan: simpan layer untuk menyimpannya.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="547"/>
        <source>Meeting deleted.</source>
        <translation>Rembuk dihapus.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="559"/>
        <source>The meeting could not be saved: {reason}</source>
        <translation>Rembuk tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="559"/>
        <source>the layer refused it</source>
        <translation>layer menolaknya</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="572"/>
        <source>Kind: {kinds}. Importance and closeness: 1 to 5.</source>
        <translation>Jenis: {kinds}. Kepentingan dan kedekatan: 1 sampai 5.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="617"/>
        <source>&quot;{text}&quot; is no kind of institution; choose one of: {kinds}.</source>
        <translation>&quot;{text}&quot; bukan jenis lembaga; pilih salah satu: {kinds}.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="623"/>
        <source>{field}: &quot;{text}&quot; is not a whole number from 1 to 5.</source>
        <translation>{field}: &quot;{text}&quot; bukan bilangan bulat 1 sampai 5.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="639"/>
        <source>The cell keeps its value.</source>
        <translation>Sel tetap berisi nilai sebelumnya.</translation>
    </message>
    <message>
        <location filename="../plugin/process_dock.py" line="676"/>
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
        <location filename="../plugin/social_map_dock.py" line="257"/>
        <source>Not added: the point is outside every RT of the workspace.</source>
        <translation>Tidak ditambahkan: titik ini di luar semua RT workspace.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="275"/>
        <source>Cancelled: nothing was added.</source>
        <translation>Dibatalkan: tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <location filename="../plugin/social_map_dock.py" line="282"/>
        <source>This point lies outside every RT of the workspace (outside the kelurahan, or where no RT is drawn): it would have no RT and RW. Add it anyway?</source>
        <translation>Titik ini di luar semua RT workspace (di luar kelurahan, atau di tempat yang belum ada RT-nya): titik ini tidak akan punya RT dan RW. Tetap tambahkan?</translation>
    </message>
    <message>
        <location filename="../plugin/workspace_banner.py" line="18"/>
        <source>No workspace is open. Open the project of a workspace (a kelurahan&apos;s GeoPackage with its project beside it), or create a workspace for your kelurahan.</source>
        <translation>Belum ada workspace yang terbuka. Buka proyek sebuah workspace (GeoPackage kelurahan dengan proyek di sebelahnya), atau buat workspace untuk kelurahan Anda.</translation>
    </message>
    <message>
        <location filename="../processing/area_indicators.py" line="31"/>
        <source>Area indicators and risk</source>
        <translation>Indikator dan risiko wilayah</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="34"/>
        <source>1 · Workspace and import</source>
        <translation>1 · Workspace dan impor</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="35"/>
        <source>2 · Analysis</source>
        <translation>2 · Analisis</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="36"/>
        <source>3 · Options and scoring</source>
        <translation>3 · Opsi dan skoring</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="37"/>
        <source>4 · Plan and annex</source>
        <translation>4 · Rencana dan lampiran</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="38"/>
        <source>5 · Tools</source>
        <translation>5 · Alat bantu</translation>
    </message>
    <message>
        <location filename="../processing/process_figures.py" line="23"/>
        <source>Process figures and tables</source>
        <translation>Gambar dan tabel proses</translation>
    </message>
    <message>
        <location filename="../processing/score_options.py" line="38"/>
        <source>Score technical options</source>
        <translation>Skoring opsi teknis</translation>
    </message>
    <message>
        <location filename="../processing/survey_form.py" line="15"/>
        <source>Survey form (XLSForm)</source>
        <translation>Formulir survei (XLSForm)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="203"/>
        <source>The CSIAP annex is written to {folder}.</source>
        <translation>Lampiran CSIAP sudah ditulis ke {folder}.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="205"/>
        <source>Open the PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="207"/>
        <source>Open the folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../processing/export_annex.py" line="37"/>
        <source>Language of the annex</source>
        <translation>Bahasa lampiran</translation>
    </message>
</context>
</TS>
