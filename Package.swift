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
        .target(name: "NewsModel", dependencies: ["CLibXML2"]),
        .target(name: "NewsTUI", dependencies: ["NewsModel", "CNcurses"]),
        .target(name: "NewsBench", dependencies: ["NewsModel"]),
        .executableTarget(name: "newsroom-fuzz", dependencies: ["NewsModel", "NewsTUI"]),
        .executableTarget(name: "newsroom-bench", dependencies: ["NewsBench", "NewsModel", "NewsTUI"]),
        .executableTarget(
            name: "newsroom",
            dependencies: [
                "NewsModel",
                "NewsTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .testTarget(name: "CNcursesTests", dependencies: ["CNcurses"]),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"]),
        .testTarget(name: "NewsTUITests", dependencies: ["NewsTUI", "NewsModel", "CNcurses"],
                    exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "NewsBenchTests", dependencies: ["NewsBench", "NewsModel"]),
        .testTarget(name: "NewsroomCLITests", dependencies: ["NewsModel"]),
    ]
)
