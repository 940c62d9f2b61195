"""A small workspace for the field-package tests (issue 19): two RW, households,
problems and an action with photos, written with plain GDAL; and edits made to a
package as a field app makes them (plain GDAL, not the plugin)."""

import os
import shutil

X0, Y0 = 700000.0, 9300000.0
KELURAHAN_UUID_QUERY = "SELECT uuid FROM kelurahan"


def square(x, y, size):
    from shapely.geometry import box

    return box(x, y, x + size, y + size)


def make_workspace(workspace_copy, seed_rows):
    """The sample workspace with RW 001 and 002, four households (h1..h3 in 001, h4 in
    002, h1 and h4 with photos), two problems, one action; returns its path."""
    from shapely.geometry import Point

    folder = os.path.dirname(workspace_copy)
    os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
    for name in ("h1.jpg", "h4.jpg"):
        with open(os.path.join(folder, "photos", name), "wb") as handle:
            handle.write(b"\xff\xd8 photo of " + name.encode() + b"\xff\xd9")
    seed_rows(workspace_copy, "rw", [
        {"uuid": "rw1", "code": "001", "geometry": square(X0, Y0, 100)},
        {"uuid": "rw2", "code": "002", "geometry": square(X0 + 100, Y0, 100)},
    ])
    seed_rows(workspace_copy, "rt", [
        {"uuid": "rt1", "rw": "001", "code": "001", "geometry": square(X0, Y0, 100)},
        {"uuid": "rt2", "rw": "002", "code": "001", "geometry": square(X0 + 100, Y0, 100)},
    ])
    seed_rows(workspace_copy, "households", [
        {"uuid": "h1", "rw": "001", "rt": "001", "household_head": "Siti", "members": 4, "toilet_access": "own",
         "photo": "photos/h1.jpg", "geometry": Point(X0 + 10, Y0 + 10)},
        {"uuid": "h2", "rw": "001", "rt": "001", "household_head": "Budi", "members": 3, "toilet_access": "own",
         "geometry": Point(X0 + 20, Y0 + 20)},
        {"uuid": "h3", "rw": "001", "rt": "001", "household_head": "Ani", "members": 6, "toilet_access": "shared",
         "geometry": Point(X0 + 30, Y0 + 30)},
        {"uuid": "h4", "rw": "002", "rt": "001", "household_head": "Joko Rahasia", "members": 2,
         "toilet_access": "none", "photo": "photos/h4.jpg", "geometry": Point(X0 + 150, Y0 + 50)},
    ])
    seed_rows(workspace_copy, "problems", [
        {"uuid": "p1", "rw": "001", "rt": "001", "category": "genangan", "severity": "2",
         "geometry": Point(X0 + 40, Y0 + 40)},
        {"uuid": "p2", "rw": "002", "rt": "001", "category": "babs", "severity": "1",
         "geometry": Point(X0 + 160, Y0 + 60)},
    ])
    seed_rows(workspace_copy, "actions", [
        {"uuid": "a1", "kind": "build", "rw": "001", "description": "MCK RW 001", "location_level": "RW",
         "location_code": "001", "geometry": square(X0, Y0, 100)},
    ])
    return workspace_copy


def edit(path, layer_name, uuid, values=None, point=None):
    """Change a row of a package as QField would: its attributes, or move its point."""
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    layer = dataset.GetLayerByName(layer_name)
    layer.SetAttributeFilter("uuid = '{}'".format(uuid))
    feature = layer.GetNextFeature()
    assert feature is not None, uuid
    for name, value in (values or {}).items():
        feature.SetField(name, value)
    if point is not None:
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(*point)))
    assert layer.SetFeature(feature) == 0
    dataset = None


def delete(path, layer_name, uuid):
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    layer = dataset.GetLayerByName(layer_name)
    layer.SetAttributeFilter("uuid = '{}'".format(uuid))
    feature = layer.GetNextFeature()
    assert layer.DeleteFeature(feature.GetFID()) == 0
    dataset = None


def add(path, layer_name, values, point):
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    layer = dataset.GetLayerByName(layer_name)
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in values.items():
        feature.SetField(name, value)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(*point)))
    assert layer.CreateFeature(feature) == 0
    dataset = None


def take_photo(package, name, content):
    os.makedirs(os.path.join(package, "DCIM"), exist_ok=True)
    with open(os.path.join(package, "DCIM", name), "wb") as handle:
        handle.write(content)
    return "DCIM/" + name


def copy_folder(source, target):
    shutil.copytree(source, target)
    return target
