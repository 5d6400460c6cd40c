package tui

import (
	"errors"
	"fmt"

	"github.com/kanbao/kanbao/internal/decode"
	"github.com/kanbao/kanbao/internal/load"
)

// The reader speaks Chinese: what went wrong with an input is said in
// Chinese on screen (stderr keeps the English messages for scripts).

// binaryKinds names the binary formats decode recognises.
var binaryKinds = map[string]string{
	"PNG image": "PNG 图片", "JPEG image": "JPEG 图片", "GIF image": "GIF 图片", "TIFF image": "TIFF 图片",
	"ZIP archive or office document": "ZIP 压缩包或办公文档", "executable": "可执行文件",
	"gzip archive": "gzip 压缩包", "office document": "办公文档", "7z archive": "7z 压缩包",
	"RAR archive": "RAR 压缩包", "media file": "音视频文件", "PostScript": "PostScript 文件", "RTF document": "RTF 文档",
}

// errorText says a load error in Chinese; errors it does not know are
// shown as they are.
func errorText(err error) string {
	var nt *decode.NotTextError
	var tl *load.TooLargeError
	var nf *load.NoFilesError
	switch {
	case errors.Is(err, load.ErrNotFound):
		return "文件不存在"
	case errors.Is(err, load.ErrPermission):
		return "没有读取权限"
	case errors.Is(err, load.ErrIsFolder):
		return "这是文件夹"
	case errors.Is(err, load.ErrLinkLoop):
		return "符号链接循环，已跳过"
	case errors.Is(err, load.ErrNoStdin):
		return "没有标准输入"
	case errors.As(err, &nt):
		switch nt.Kind {
		case "":
			return "不是文本文件"
		case "PDF":
			return "不是文本文件（是 PDF）"
		}
		if k, ok := binaryKinds[nt.Kind]; ok {
			return "不是文本文件（看来是" + k + "）"
		}
		return "不是文本文件（看来是 " + nt.Kind + "）"
	case errors.As(err, &tl):
		if tl.Size < 0 {
			return fmt.Sprintf("文件过大（超过 %s，见 --max-size）", load.Human(tl.Limit))
		}
		return fmt.Sprintf("文件过大（%s，上限 %s，见 --max-size）", load.Human(tl.Size), load.Human(tl.Limit))
	case errors.As(err, &nf):
		return "没有符合 " + nf.Glob + " 的文件"
	}
	return err.Error()
}
