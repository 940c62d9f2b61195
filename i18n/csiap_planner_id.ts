<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/main.py" line="34" />
        <source>Create workspace…</source>
        <translation>Buat workspace…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="35" />
        <source>Open workspace…</source>
        <translation>Buka workspace…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="67" />
        <source>The workspace is ready. Open its project now?
{path}</source>
        <translation>Workspace sudah siap. Buka proyeknya sekarang?
{path}</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="74" />
        <source>Open workspace</source>
        <translation>Buka workspace</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="45" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="87" />
        <source>The workspace has no project beside it ({path}).</source>
        <translation>Workspace ini tidak memiliki proyek QGIS di sampingnya ({path}).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="25" />
        <source>Sanitation planning</source>
        <translation>Perencanaan sanitasi</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="34" />
        <source>Language of layer names, forms and labels</source>
        <translation>Bahasa nama layer, formulir dan label</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="34" />
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="34" />
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="21" />
        <source>Create workspace</source>
        <translation>Buat workspace</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="24" />
        <source>Creates the planning workspace of one kelurahan: a GeoPackage holding every layer and table of the CSIAP data model (RW, RT, households, facilities, problems, meetings, scoring and more) with forms and styles, and a QGIS project beside it.

Give a boundary layer to draw the kelurahan outline and to choose the UTM zone automatically, or choose a projected CRS yourself.</source>
        <translation>Membuat workspace perencanaan untuk satu kelurahan: sebuah GeoPackage berisi semua layer dan tabel model data CSIAP (RW, RT, rumah tangga, fasilitas, masalah, rembuk, skoring dan lainnya) lengkap dengan formulir dan simbologi, serta proyek QGIS di sampingnya.

Isi layer batas wilayah untuk menggambar batas kelurahan dan memilih zona UTM secara otomatis, atau pilih sendiri CRS terproyeksi.</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="32" />
        <source>Kelurahan / desa name</source>
        <translation>Nama kelurahan / desa</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="33" />
        <source>Kemendagri code of the kelurahan</source>
        <translation>Kode Kemendagri kelurahan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="35" />
        <source>Kelurahan boundary</source>
        <translation>Batas kelurahan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="37" />
        <source>CRS (empty: the UTM zone of the boundary)</source>
        <translation>CRS (kosong: zona UTM dari batas wilayah)</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="40" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="40" />
        <source>City / regency</source>
        <translation>Kota / kabupaten</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="40" />
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="45" />
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="47" />
        <source>QGIS project</source>
        <translation>Proyek QGIS</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="65" />
        <source>Workspace written: {path}</source>
        <translation>Workspace ditulis: {path}</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="66" />
        <source>Project written: {path}</source>
        <translation>Proyek ditulis: {path}</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="23" />
        <source>CSIAP Planner</source>
        <translation>CSIAP Planner</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="26" />
        <source>CSIAP Planner: community sanitation improvement action plans</source>
        <translation>CSIAP Planner: rencana aksi perbaikan sanitasi masyarakat</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="66" />
        <source>The CRS {crs} is in degrees. Choose a projected CRS in metres (for example WGS 84 / UTM) so that areas and distances are right.</source>
        <translation>CRS {crs} memakai satuan derajat. Pilih CRS terproyeksi dalam meter (misalnya WGS 84 / UTM) agar luas dan jarak benar.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="71" />
        <source>Give a kelurahan boundary layer (its UTM zone is chosen automatically) or choose a CRS.</source>
        <translation>Isi layer batas kelurahan (zona UTM-nya dipilih otomatis) atau pilih CRS.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="89" />
        <source>The boundary layer has no polygon to use as the kelurahan outline.</source>
        <translation>Layer batas wilayah tidak memiliki poligon yang bisa dipakai sebagai batas kelurahan.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="113" />
        <source>Give the name of the kelurahan or desa.</source>
        <translation>Isi nama kelurahan atau desa.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="115" />
        <source>Unknown language {language}; use 'id' or 'en'.</source>
        <translation>Bahasa {language} tidak dikenal; gunakan 'id' atau 'en'.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="138" />
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/__init__.py" line="183" />
        <source>{source} cannot be opened as a vector layer.</source>
        <translation>{source} tidak dapat dibuka sebagai layer vektor.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="55" />
        <source>Cannot write the code list {name}.</source>
        <translation>Daftar kode {name} tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="79" />
        <source>Cannot create the file {path}: {reason}</source>
        <translation>Berkas {path} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="94" />
        <source>Cannot create the layer {name}: {reason}</source>
        <translation>Layer {name} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="98" />
        <source>Cannot create the field {layer}.{field}.</source>
        <translation>Kolom {layer}.{field} tidak dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="150" />
        <source>Cannot write a row of {layer}: {reason}</source>
        <translation>Satu baris {layer} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="222" />
        <source>The workspace {path} does not exist.</source>
        <translation>Workspace {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="227" />
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="232" />
        <source>{path} is not a CSIAP Planner workspace (no schema_version table). Create a workspace with 'Create workspace' first.</source>
        <translation>{path} bukan workspace CSIAP Planner (tidak ada tabel schema_version). Buat dulu workspace dengan 'Buat workspace'.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="238" />
        <source>{path} is not a GeoPackage: {reason}</source>
        <translation>{path} bukan GeoPackage: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="242" />
        <source>{path} has an empty schema_version table.</source>
        <translation>Tabel schema_version di {path} kosong.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="244" />
        <source>{path} was made by a newer CSIAP Planner (schema version {found}; this plugin knows up to {known}). Update the plugin to open it.</source>
        <translation>{path} dibuat oleh CSIAP Planner yang lebih baru (versi skema {found}; plugin ini hanya mengenal sampai {known}). Perbarui plugin untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../workspace/geopackage.py" line="249" />
        <source>{path} is missing the workspace layers: {layers}.</source>
        <translation>Layer workspace berikut tidak ada di {path}: {layers}.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="31" />
        <source>The layer {name} in {path} cannot be opened.</source>
        <translation>Layer {name} di {path} tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="77" />
        <source>The relation {name} is not valid.</source>
        <translation>Relasi {name} tidak valid.</translation>
    </message>
    <message>
        <location filename="../workspace/project.py" line="84" />
        <source>Cannot write the project {path}: {reason}</source>
        <translation>Proyek {path} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/styles.py" line="32" />
        <source>Cannot load the style {path}: {reason}</source>
        <translation>Simbologi {path} tidak dapat dimuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/styles.py" line="50" />
        <source>Cannot build the style of {layer}: {reason}</source>
        <translation>Simbologi {layer} tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="79" />
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="83" />
        <source>{field} cannot be below {low}.</source>
        <translation>{field} tidak boleh kurang dari {low}.</translation>
    </message>
    <message>
        <location filename="../workspace/forms.py" line="87" />
        <source>{field} cannot be in the future.</source>
        <translation>{field} tidak boleh tanggal yang akan datang.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="30" />
        <source>Attach to RT/RW</source>
        <translation>Tempelkan ke RT/RW</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="33" />
        <source>Fills the RW and RT of households, facilities, problems and candidate sites from the RT polygons of a workspace (or its RW polygons where there are no RT yet), in one transaction.

Or, without a workspace, copies the chosen fields of any polygon layer onto any layer: points take the polygon they lie in, lines and polygons the one they overlap most.

A point exactly on a boundary shared by several areas goes to the area with the lowest code (compared as numbers). Features outside every area are kept, with empty codes, and counted.</source>
        <translation>Mengisi RW dan RT rumah tangga, fasilitas, masalah dan lokasi usulan dari poligon RT sebuah workspace (atau poligon RW-nya bila belum ada RT), dalam satu transaksi.

Atau, tanpa workspace, menyalin kolom yang dipilih dari layer poligon mana pun ke layer mana pun: titik mengikuti poligon tempatnya berada, garis dan poligon mengikuti poligon yang paling banyak tumpang-tindih.

Titik yang tepat berada di batas beberapa wilayah masuk ke wilayah dengan kode terkecil (dibandingkan sebagai angka). Fitur di luar semua wilayah tetap disimpan, dengan kode kosong, dan dihitung.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="45" />
        <source>Features to attach (without a workspace)</source>
        <translation>Fitur yang ditempelkan (tanpa workspace)</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="47" />
        <source>Areas (without a workspace)</source>
        <translation>Wilayah (tanpa workspace)</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="49" />
        <source>Area fields to copy</source>
        <translation>Kolom wilayah yang disalin</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="52" />
        <source>Attached features</source>
        <translation>Fitur yang sudah ditempelkan</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="54" />
        <source>Features attached</source>
        <translation>Jumlah fitur ditempelkan</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="55" />
        <source>Features outside every area</source>
        <translation>Jumlah fitur di luar semua wilayah</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="68" />
        <source>{layer}: {count} attached to {level}.</source>
        <translation>{layer}: {count} ditempelkan ke {level}.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="71" />
        <source>{layer}: features {fids} lie outside every {level}.</source>
        <translation>{layer}: fitur {fids} berada di luar semua {level}.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="79" />
        <source>Give a workspace, or both the features and the areas.</source>
        <translation>Isi workspace, atau isi fitur dan wilayahnya sekaligus.</translation>
    </message>
    <message>
        <location filename="../processing/attach_to_areas.py" line="107" />
        <source>{count} features lie outside every area; their area fields are empty.</source>
        <translation>{count} fitur berada di luar semua wilayah; kolom wilayahnya kosong.</translation>
    </message>
    <message>
        <location filename="../workspace/attach.py" line="76" />
        <source>The workspace has no RT or RW polygons yet: import the boundaries first.</source>
        <translation>Workspace belum memiliki poligon RT atau RW: impor batas wilayah terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../workspace/attach.py" line="99" />
        <source>Cancelled; the workspace was not changed.</source>
        <translation>Dibatalkan; workspace tidak diubah.</translation>
    </message>
    <message>
        <location filename="../workspace/attach.py" line="117" />
        <source>{path} cannot be opened for writing.</source>
        <translation>{path} tidak dapat dibuka untuk ditulis.</translation>
    </message>
    <message>
        <location filename="../workspace/attach.py" line="130" />
        <source>Cannot update feature {fid} of {layer}: {reason}</source>
        <translation>Fitur {fid} pada {layer} tidak dapat diperbarui: {reason}</translation>
    </message>
</context>
</TS>