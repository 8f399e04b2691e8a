// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Newsroom",
    products: [
        .executable(name: "newsroom", targets: ["newsroom"]),
        .executable(name: "newsroom-bench", targets: ["newsroom-bench"]),
        .library(name: "NewsModel", targets: ["NewsModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "NewsModel", dependencies: ["CLibXML2"]),
        .target(name: "NewsTUI", dependencies: ["NewsModel", "CNcurses"]),
        .target(name: "NewsArchive", dependencies: ["NewsModel", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
                                                   .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "NewsBench", dependencies: ["NewsModel", "NewsArchive"]),
        .executableTarget(name: "newsroom-fuzz", dependencies: ["NewsModel", "NewsTUI"]),
        .executableTarget(name: "newsroom-bench", dependencies: ["NewsBench", "NewsModel", "NewsTUI"]),
        .executableTarget(
            name: "newsroom",
            dependencies: [
                "NewsModel",
                "NewsTUI",
                "NewsArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // What the test targets share: the repository's root, fixture folders, golden files with a diff.
        .target(name: "NewsTestSupport", path: "Tests/NewsTestSupport"),
        .testTarget(name: "CNcursesTests", dependencies: ["CNcurses"]),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel", "NewsTestSupport"]),
        .testTarget(name: "NewsTUITests", dependencies: ["NewsTUI", "NewsModel", "CNcurses", "NewsTestSupport"],
                    exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "NewsBenchTests", dependencies: ["NewsBench", "NewsModel", "NewsTestSupport"]),
        .testTarget(name: "NewsroomCLITests", dependencies: ["NewsModel", "NewsTestSupport"]),
        .testTarget(name: "NewsArchiveTests", dependencies: ["NewsArchive", "NewsModel", "NewsTestSupport",
                                                             .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
