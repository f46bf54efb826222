#pragma once
// Photo-like degradations of a rendered card at three levels:
//   Scan  — flat on a scanner bed, ~300 dpi, nearly straight, sometimes upside down;
//   Photo — phone or document camera: perspective tilt up to 25°, any rotation, cluttered background,
//           uneven light, a soft glare spot, blur, noise, colour cast, JPEG;
//   Hard  — 1280×720, small card, low light, a shadow across the card, strong glare, more blur and noise.
// Also "bad" images that hold no card: blank, noise, a cat-like drawing, a page of text.

#include "card_renderer.h"

#include <opencv2/core.hpp>

#include <random>
#include <string>
#include <vector>

namespace kakanai::cardgen {

enum class Difficulty { Scan, Photo, Hard };
std::string difficultyId(Difficulty d); // "scan", "photo", "hard"

struct Shot {
    cv::Mat image;          // BGR as the camera delivers it (before encoding)
    std::vector<unsigned char> encoded; // PNG or JPEG bytes
    std::string extension;  // ".png" / ".jpg"
    bool upsideDown = false;
};

Shot photograph(const RenderedCard& card, Difficulty difficulty, std::mt19937& rng);

enum class BadImage { Blank, Noise, Cat, TextPage };
Shot badImage(BadImage kind, std::mt19937& rng);

} // namespace kakanai::cardgen
