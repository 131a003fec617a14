// The NMS declarations of opencv2/dnn/dnn.hpp, for the Python bindings of Reviewer's slim OpenCV
// build: the namespace cv::dnn makes them cv2.dnn.NMSBoxes, cv2.dnn.NMSBoxesBatched... as in the
// full build. Keep in step with dnn.hpp (the build compiles dnn's nms.cpp against dnn.hpp itself).
#ifndef REVIEWER_OPENCV_DNN_NMS_HPP
#define REVIEWER_OPENCV_DNN_NMS_HPP

#include <vector>
#include "opencv2/core.hpp"
#include "opencv2/dnn_nms/version.hpp"

namespace cv {
namespace dnn {
CV__DNN_INLINE_NS_BEGIN

CV_EXPORTS void NMSBoxes(const std::vector<Rect>& bboxes, const std::vector<float>& scores,
                         const float score_threshold, const float nms_threshold,
                         CV_OUT std::vector<int>& indices, const float eta = 1.f, const int top_k = 0);

CV_EXPORTS_W void NMSBoxes(const std::vector<Rect2d>& bboxes, const std::vector<float>& scores,
                           const float score_threshold, const float nms_threshold,
                           CV_OUT std::vector<int>& indices, const float eta = 1.f, const int top_k = 0);

CV_EXPORTS_AS(NMSBoxesRotated) void NMSBoxes(const std::vector<RotatedRect>& bboxes,
                                             const std::vector<float>& scores,
                                             const float score_threshold, const float nms_threshold,
                                             CV_OUT std::vector<int>& indices,
                                             const float eta = 1.f, const int top_k = 0);

CV_EXPORTS void NMSBoxesBatched(const std::vector<Rect>& bboxes, const std::vector<float>& scores,
                                const std::vector<int>& class_ids, const float score_threshold,
                                const float nms_threshold, CV_OUT std::vector<int>& indices,
                                const float eta = 1.f, const int top_k = 0);

CV_EXPORTS_W void NMSBoxesBatched(const std::vector<Rect2d>& bboxes, const std::vector<float>& scores,
                                  const std::vector<int>& class_ids, const float score_threshold,
                                  const float nms_threshold, CV_OUT std::vector<int>& indices,
                                  const float eta = 1.f, const int top_k = 0);

CV__DNN_INLINE_NS_END
}  // namespace dnn
}  // namespace cv

#endif
