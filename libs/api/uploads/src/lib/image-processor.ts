import sharp from 'sharp';

export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff'] as const;

export interface ProcessedImage {
  width: number;
  height: number;
  variants: Array<{ name: string; data: Buffer; width: number; height: number }>;
}

const sizes = [
  { name: 'small', width: 256 },
  { name: 'medium', width: 800 },
  { name: 'large', width: 1600 },
];

export class NotAnImageError extends Error {}

/**
 * Checks that the bytes are an image by decoding them (never by name or declared type), then
 * re-encodes WebP variants: rotated upright, never enlarged, and without any metadata (sharp
 * drops EXIF, GPS and ICC unless asked to keep them).
 */
export async function processImage(input: Buffer, maxPixels: number): Promise<ProcessedImage> {
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: maxPixels }).metadata();
  } catch {
    throw new NotAnImageError('not an image');
  }
  if (!metadata.format || !(ACCEPTED_FORMATS as readonly string[]).includes(metadata.format)) {
    throw new NotAnImageError(`unsupported format ${metadata.format ?? 'unknown'}`);
  }
  try {
    const variants = [];
    for (const size of sizes) {
      const { data, info } = await sharp(input, { limitInputPixels: maxPixels, animated: false })
        .rotate()
        .resize({ width: size.width, height: size.width, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ name: size.name, data, width: info.width, height: info.height });
    }
    const largest = variants[variants.length - 1];
    return { width: largest.width, height: largest.height, variants };
  } catch {
    throw new NotAnImageError('the image could not be decoded');
  }
}
